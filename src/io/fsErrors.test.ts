import { describe, expect, it } from "vitest";
import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputFileError } from "./errors.js";
import { toFileSystemError } from "./fsErrors.js";
import { produceAtomic } from "./atomicWrite.js";
import { ZipWriter } from "./xlsx/zipWriter.js";

const errno = (code: string, path?: string, syscall = "open") => Object.assign(new Error(`${code}: x`), { code, path, syscall });

describe("toFileSystemError", () => {
  it("names each common failure in one line with its path", () => {
    expect((toFileSystemError(errno("EACCES", "/srv/out", "mkdir")) as Error).message).toBe("没有权限写入 /srv/out，请检查该文件或文件夹的权限，或用 --out 指定另一个文件夹");
    expect((toFileSystemError(errno("EACCES", "a.xlsx", "open")) as Error).message).toBe("没有权限读取 a.xlsx，请检查该文件或文件夹的权限，或用 --out 指定另一个文件夹");
    expect((toFileSystemError(errno("EEXIST", "out")) as Error).message).toBe("out 已存在，无法创建，请移走它或用 --out 指定另一个文件夹");
    expect((toFileSystemError(errno("EISDIR", "d.xlsx")) as Error).message).toBe("d.xlsx 是文件夹，不是文件，请指定文件");
    expect((toFileSystemError(errno("ENOENT", "gone.xlsx")) as Error).message).toBe("找不到 gone.xlsx（文件或文件夹不存在，或在运行中被移走、删除）");
    expect(toFileSystemError(errno("ENOSPC", "r.xlsx", "write"))).toBeInstanceOf(InputFileError);
    expect((toFileSystemError(errno("ENOSPC", "r.xlsx", "write")) as InputFileError).exitCode).toBe(2);
  });

  it("leaves errors that are not the file system's alone", () => {
    const bug = new TypeError("x is undefined");
    expect(toFileSystemError(bug)).toBe(bug);
  });
});

describe("a failed write", () => {
  it("removes the temp file and names the target, not the temp file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaoping-atomic-"));
    const target = join(dir, "结果.xlsx");
    const failure = produceAtomic(target, async (tmp) => {
      await writeFile(tmp, "half");
      throw errno("ENOSPC", tmp, "write");
    });
    await expect(failure).rejects.toMatchObject({ code: "ENOSPC", path: target });
    expect(await readdir(dir)).toEqual([]);
  });

  it("a zip written to a full disk (/dev/full) rejects instead of waiting for a drain that never comes", async () => {
    expect(existsSync("/dev/full")).toBe(true);
    const zip = new ZipWriter("/dev/full", 4);
    // 64 MB of varied bytes: past the stream's 8 MB buffer, so the writer has to wait for it.
    const piece = Buffer.alloc(1 << 20);
    for (let i = 0; i < piece.length; i++) piece[i] = (i * 2654435761) >>> 24;
    const writing = (async () => {
      await zip.add("big.bin", async (write) => {
        for (let i = 0; i < 64; i++) await write(piece);
      });
      await zip.finish();
    })();
    await expect(writing).rejects.toMatchObject({ code: "ENOSPC" });
    await zip.abort();
  }, 20_000);
});
