/**
 * Hostile and unlucky file systems (issue 12): a write that fails, paths
 * that are not what they seem, inputs that are not .xlsx. The real CLI.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { chmod, mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI, ROOT, ensureBuilt, runCli } from "../cli.js";

let dir: string;
beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), "kaoping-hostile-io-"));
});

/** The CLI with the file-size limit of a nearly full disk: writes past `kb` KB fail with EFBIG (SIGXFSZ ignored, as a full disk gives no signal). */
function runWithDiskOf(kb: number, args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const script = `trap '' XFSZ; ulimit -f ${kb}; exec "$0" "$@"`;
    execFile("bash", ["-c", script, process.execPath, CLI, ...args], { cwd: ROOT, timeout: 120_000 }, (error, _stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stderr }),
    );
  });
}

describe("a write that fails", () => {
  it("a full disk with --no-charts: one Chinese line naming the result file, exit 2, no temp file left", async () => {
    const out = join(dir, "full");
    await mkdir(out);
    // The sample's result workbook is about 32 KB; 8 KB lets it start and fail part-way.
    const r = await runWithDiskOf(8, ["score", "--no-previous", "--no-charts", "-q", "--out", out]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim()).toBe(`写入 ${join(out, "2026-排名结果.xlsx")} 失败：磁盘空间不足（或超过文件大小限制），该文件没有写出，请腾出空间后重试`);
    expect(await readdir(out)).toEqual([]);
  });

  beforeAll(() => writeFile(join(dir, "plain-file"), "not a folder"));

  it("an unwritable output folder: one Chinese line with the path, exit 2, nothing written", async () => {
    const locked = join(dir, "locked");
    await mkdir(locked);
    await chmod(locked, 0o500);
    // Root writes through chmod 500; then the failure is a path whose parent is a regular file.
    const rootWritesAnyway = await writeFile(join(locked, "probe"), "").then(() => true, () => false);
    const r = rootWritesAnyway
      ? await runCli(["score", "--no-previous", "--no-charts", "-q", "--out", join(dir, "plain-file", "out")], ROOT)
      : await runCli(["score", "--no-previous", "--no-charts", "-q", "--out", join(locked, "out")]);
    if (rootWritesAnyway) {
      expect(r.stderr.trim()).toBe(`${join(dir, "plain-file", "out")} 的上级路径中有一段是文件而不是文件夹，请检查路径`);
    } else {
      expect(r.stderr.trim()).toBe(`没有权限写入 ${join(locked, "out")}，请检查该文件或文件夹的权限，或用 --out 指定另一个文件夹`);
    }
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("内部错误");
  });
});

describe("paths that are not what they seem: one line with the path, exit 2, not 「内部错误」", () => {
  it("EEXIST: --out names an existing file", async () => {
    const file = join(dir, "a-file");
    await writeFile(file, "");
    const r = await runCli(["score", "--no-previous", "--no-charts", "-q", "--out", file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`${file} 已存在，无法创建，请移走它或用 --out 指定另一个文件夹`);
  });

  it("EISDIR: a folder stands where the result workbook goes, and is left as it was", async () => {
    const out = join(dir, "dir-in-the-way");
    await mkdir(join(out, "2026-排名结果.xlsx"), { recursive: true });
    const r = await runCli(["score", "--no-previous", "--no-charts", "-q", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`${join(out, "2026-排名结果.xlsx")} 是文件夹，不是文件，请指定文件`);
    expect(await readdir(out)).toEqual(["2026-排名结果.xlsx"]);
  });
});

describe("a workbook with an open password", () => {
  it("is named as encrypted, with what to do, not as an old .xls that failed to convert", async () => {
    // An encrypted .xlsx is an OLE2 file: header, then a directory naming EncryptionInfo and EncryptedPackage (UTF-16LE).
    const header = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
    const directory = Buffer.alloc(512);
    ["Root Entry", "EncryptionInfo", "EncryptedPackage"].forEach((name, i) => directory.write(name, i * 128, "utf16le"));
    const path = join(dir, "2026-申报数据.xlsx");
    await writeFile(path, Buffer.concat([header, directory, Buffer.alloc(4096)]));
    const r = await runCli(["validate", "--submissions", path, "--no-previous"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      "2026-申报数据.xlsx: 工作簿设有打开密码（已加密），无法读取；请在 Excel 或 WPS 中打开它，删除密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）并保存后再导入",
    );
  });
});

describe("an output folder that cannot be created (issue 12)", () => {
  /** The CLI killed after 60 s: Node's recursive mkdir under /proc spun forever, which the test must see as a failure, not wait for. */
  function runBounded(args: string[]): Promise<{ code: number | string | null; stderr: string }> {
    return new Promise((resolve) => {
      execFile(process.execPath, [CLI, ...args], { cwd: ROOT, timeout: 60_000, killSignal: "SIGKILL" }, (error, _stdout, stderr) =>
        resolve({ code: error ? (error.code ?? error.signal ?? 1) : 0, stderr }),
      );
    });
  }

  it("--out under /proc/self: one line naming the folder and its parent, exit 2", async () => {
    const r = await runBounded(["score", "--no-previous", "-q", "--out", "/proc/self/x"]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim()).toBe("无法创建输出文件夹 /proc/self/x：/proc/self 中不能建立文件夹（ENOENT），请用 --out 指定另一个文件夹");
  });

  it("--out two levels under /proc/self with --no-charts: the first missing folder is named", async () => {
    const r = await runBounded(["score", "--no-previous", "--no-charts", "-q", "--out", "/proc/self/x/y"]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim()).toBe("无法创建输出文件夹 /proc/self/x：/proc/self 中不能建立文件夹（ENOENT），请用 --out 指定另一个文件夹");
  });

  it("--out three missing levels deep in a writable folder: all are created and the workbook written", async () => {
    const out = join(dir, "new", "deep", "out");
    const r = await runBounded(["score", "--no-previous", "--no-charts", "-q", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(await readdir(out)).toEqual(["2026-排名结果.xlsx"]);
  });
});
