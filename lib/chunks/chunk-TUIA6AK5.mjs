import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);

// src/load/interpolate.ts
function variable(env, name) {
  return Object.hasOwn(env, name) ? env[name] : void 0;
}
function lookUp(name, env, trace) {
  trace.variables.push(name);
  return env(name);
}
function take(name, value, trace) {
  if (value !== "") trace.substituted.push({ name, value });
  return value;
}
var MAX_INTERPOLATION_DEPTH = 64;
function tooDeepMessage() {
  return `not linted: interpolation nested deeper than ${MAX_INTERPOLATION_DEPTH} levels (\`\${A:-\${B:-...}}\`); compose-lint judged the text as written, Docker evaluates it`;
}
var TooDeep = class extends Error {
};
var NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function hasInterpolation(text) {
  return text.includes("$");
}
function interpolate(text, env) {
  return interpolateWith(text, (name) => variable(env, name));
}
function interpolateWith(text, env) {
  const trace = { variables: [], substituted: [] };
  try {
    const value = expand(text, env, trace, 0);
    return { value, variables: trace.variables, substituted: trace.substituted, external: trace.substituted.length > 0 };
  } catch (error) {
    if (error instanceof TooDeep) return { value: text, variables: trace.variables, substituted: [], external: false, tooDeep: true };
    throw error;
  }
}
function expand(text, env, trace, depth) {
  if (depth > MAX_INTERPOLATION_DEPTH) throw new TooDeep();
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch !== "$") {
      out += ch;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === "$") {
      out += "$";
      i += 2;
      continue;
    }
    if (next === "{") {
      const close = findClose(text, i + 2);
      if (close < 0) {
        out += text.slice(i);
        break;
      }
      out += expandBraced(text.slice(i + 2, close), env, trace, depth);
      i = close + 1;
      continue;
    }
    const name = NAME.exec(text.slice(i + 1));
    if (name) {
      out += take(name[0], lookUp(name[0], env, trace) ?? "", trace);
      i += 1 + name[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
function findClose(text, from) {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "$" && text[i + 1] === "$") {
      i++;
    } else if (text[i] === "$" && text[i + 1] === "{") {
      depth++;
      i++;
    } else if (text[i] === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
function expandBraced(body, env, trace, depth) {
  const name = NAME.exec(body);
  if (!name) return "";
  const current = lookUp(name[0], env, trace);
  const taken = () => take(name[0], current ?? "", trace);
  const rest = body.slice(name[0].length);
  const operator = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0];
  if (!operator) return taken();
  const argument = () => expand(rest.slice(operator.length), env, trace, depth + 1);
  const setNonEmpty = current !== void 0 && current !== "";
  const set = current !== void 0;
  switch (operator) {
    case ":-":
      return setNonEmpty ? taken() : argument();
    case "-":
      return set ? taken() : argument();
    case ":+":
      return setNonEmpty ? argument() : "";
    case "+":
      return set ? argument() : "";
    default:
      return taken();
  }
}

export {
  variable,
  tooDeepMessage,
  hasInterpolation,
  interpolate,
  interpolateWith,
  findClose
};
