import { execFileSync } from "node:child_process";

/** The CLI tests run the built program as a user would; build it once from the current sources. */
export default function setup(): void {
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
}
