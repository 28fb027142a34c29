/** report.html in happy-dom: the page loaded, its inline script run, and a few ways to act on it as a reader does. */
import { Window } from "happy-dom";

export interface Page {
  window: Window;
  document: Window["document"];
  /** The text of column `col` (0-based) of each visible row of the eligible units' rows, or of the vetoed ones. */
  column(col: number, body?: "eligible" | "vetoed"): string[];
  /** Choose an option of a select box, or type into the search field, as the reader does (the change / input event follows). */
  choose(id: string, value: string): void;
  type(text: string): void;
  /** Click a heading of the ranking by its text. */
  clickHeader(label: string): void;
  /** Follow a link or go to an address's hash, and let the page react. */
  go(hash: string): Promise<void>;
  close(): Promise<void>;
}

export async function openPage(html: string, url = "file:///report.html"): Promise<Page> {
  const window = new Window({ url, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
  const errors: unknown[] = [];
  window.addEventListener("error", (e) => errors.push((e as unknown as { error: unknown }).error));
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  if (errors.length) throw new Error(`the page's script failed: ${String(errors[0])}`);
  const document = window.document;
  return {
    window,
    document,
    column: (col, body = "eligible") => [...document.querySelectorAll(`#${body}-rows tr[data-unit]`)].map((r) => r.children[col].textContent ?? ""),
    choose(id, value) {
      const select = document.getElementById(id) as unknown as { value: string; dispatchEvent(e: unknown): void };
      select.value = value;
      select.dispatchEvent(new window.Event("change"));
    },
    type(text) {
      const input = document.getElementById("filter-search") as unknown as { value: string; dispatchEvent(e: unknown): void };
      input.value = text;
      input.dispatchEvent(new window.Event("input"));
    },
    clickHeader(label) {
      const th = [...document.querySelectorAll("#ranking-table thead th")].find((h) => h.textContent === label);
      if (!th) throw new Error(`no heading ${label}`);
      (th as unknown as { click(): void }).click();
    },
    async go(hash) {
      window.location.hash = hash;
      await window.happyDOM.waitUntilComplete();
    },
    close: () => window.happyDOM.close(),
  };
}
