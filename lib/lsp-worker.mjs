import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  analyze
} from "./chunks/chunk-PZIZVF52.mjs";
import "./chunks/chunk-EKUEAOHC.mjs";
import "./chunks/chunk-F7HF2AQJ.mjs";
import "./chunks/chunk-I3PS33Z3.mjs";
import "./chunks/chunk-4YQB7XDE.mjs";
import "./chunks/chunk-RZYRWAGT.mjs";
import "./chunks/chunk-EP3EUME3.mjs";
import "./chunks/chunk-B5YKATE5.mjs";
import "./chunks/chunk-66YYOBGO.mjs";
import "./chunks/chunk-CGMR65KP.mjs";
import "./chunks/chunk-5ZHKE5OY.mjs";
import "./chunks/chunk-NVK4G5ST.mjs";

// src/lsp/worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (message) => {
  analyze(message.request).then(
    (analysis) => parentPort.postMessage({ id: message.id, analysis }),
    (error) => parentPort.postMessage({ id: message.id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })
  );
});
