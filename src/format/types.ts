import type { RuleMeta } from "../engine/rule.js";
import type { LintResult } from "../lint.js";

export interface FormatContext {
  /** Metadata of every rule that ran, and of the engine's own (yaml-syntax, internal-error). */
  rules: readonly RuleMeta[];
  /** Colour for terminals. */
  color: boolean;
  /** The working directory: SARIF's %SRCROOT%. */
  cwd: string;
  /** Text output also lists the findings ignore directives silenced (`--show-suppressed`). */
  showSuppressed?: boolean;
  /** Columns text output wraps to: the terminal's width, absent for a pipe or a file (then 100). */
  width?: number;
}

export type Formatter = (result: LintResult, context: FormatContext) => string;
