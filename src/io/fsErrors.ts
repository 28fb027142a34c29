import { formatMessage, type MessageId } from "../core/i18n/messages.js";
import { InputFileError } from "./errors.js";

/** Node's error codes that a user can act on, by message. */
const MESSAGE_BY_CODE: Record<string, MessageId> = {
  EACCES: "fsNoPermission",
  EPERM: "fsNoPermission",
  EEXIST: "fsExists",
  EISDIR: "fsIsDirectory",
  ENOENT: "fsNotFound",
  ENOTDIR: "fsNotDirectory",
  ENOSPC: "fsDiskFull",
  EDQUOT: "fsDiskFull",
  EFBIG: "fsDiskFull",
  EROFS: "fsReadOnly",
};

/** What the failed system call was doing, in the words of the messages. */
function action(syscall: string | undefined): string {
  switch (syscall) {
    case "open":
    case "read":
    case "stat":
    case "lstat":
    case "scandir":
      return "读取";
    case "write":
    case "mkdir":
    case "rename":
    case "unlink":
    case "rmdir":
    case "copyfile":
      return "写入";
    default:
      return "访问";
  }
}

/**
 * A Node file-system error (it carries `code` and usually `path`) as the
 * one Chinese line the CLI prints, exit 2; anything else unchanged.
 * @example toFileSystemError(Object.assign(new Error("x"), { code: "ENOENT", path: "a.xlsx", syscall: "open" })).message // => "找不到 a.xlsx（文件或文件夹不存在，或在运行中被移走、删除）"
 */
export function toFileSystemError(e: unknown): unknown {
  if (!(e instanceof Error)) return e;
  const { code, path, syscall } = e as NodeJS.ErrnoException;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return e;
  const id = MESSAGE_BY_CODE[code];
  // A stream's write error has no path; the caller (produceAtomic) fills in the target.
  const where = path ?? "输出文件";
  if (!id) {
    if (!path) return e;
    return new InputFileError(formatMessage("fsOther", { action: action(syscall), path: where, code }));
  }
  return new InputFileError(formatMessage(id, { action: action(syscall), path: where }));
}
