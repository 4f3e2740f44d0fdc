/**
 * Standard output and standard error for the command line. Where the descriptor is a pipe, a
 * socket or a file, the text goes out with `fs.writeSync`, whole, before the run ends:
 * `process.stdout` would load Node.js's stream and socket modules for a pipe, about a twentieth of
 * a small run (npm run bench, start-up case). A terminal (a character device: node:tty would load
 * those modules too), Windows, or a descriptor that would block (EAGAIN) gets the Node.js stream.
 *
 * A reader that closes the pipe (`compose-lint . | head -1`) ends the output quietly; any other
 * write error marks the writer failed, and the command line then exits with 3.
 */
import { fstatSync, writeSync } from "node:fs";

type Mode = "direct" | "stream" | "closed";

export class StdWriter {
  private mode: Mode | undefined;
  /** A write failed for another reason than a closed pipe. */
  failed = false;

  constructor(private readonly fd: 1 | 2) {}

  get isTTY(): boolean {
    this.mode ??= this.pick();
    return this.mode === "stream" && this.stream().isTTY === true;
  }

  /** The terminal's width, when it is one. */
  get columns(): number | undefined {
    return this.isTTY ? this.stream().columns : undefined;
  }

  write(text: string): void {
    if (text === "") return;
    this.mode ??= this.pick();
    if (this.mode === "closed") return;
    if (this.mode === "stream") {
      this.stream().write(text);
      return;
    }
    const bytes = Buffer.from(text, "utf8");
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += writeSync(this.fd, bytes, offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") {
          // A descriptor set non-blocking by whoever shares it: the stream waits for it.
          this.mode = "stream";
          this.stream().write(bytes.subarray(offset));
        } else {
          this.mode = "closed";
          if (code !== "EPIPE") this.failed = true;
        }
        return;
      }
    }
  }

  private pick(): Mode {
    if (process.platform !== "win32") {
      try {
        const stat = fstatSync(this.fd);
        if (stat.isFIFO() || stat.isFile() || stat.isSocket()) return "direct";
      } catch {
        // A closed descriptor: the stream reports it as Node.js does.
      }
    }
    return "stream";
  }

  private stream(): NodeJS.WriteStream {
    const stream = this.fd === 1 ? process.stdout : process.stderr;
    if (stream.listenerCount("error") === 0) {
      stream.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "EPIPE") return;
        // After the run's exit code was set, too: the output did not reach its reader.
        this.failed = true;
        process.exitCode = 3;
      });
    }
    return stream;
  }
}

export const stdout = new StdWriter(1);
export const stderr = new StdWriter(2);
