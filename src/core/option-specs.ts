// A plain description of a command's options, read once from its zod schema, for parsing,
// /help, Discord registration and the Slack manifest.
import { z } from "zod";
import type { AnyCommand } from "./command.js";

export type OptionType = "string" | "integer" | "number" | "boolean";

export interface OptionSpec {
  name: string;
  type: OptionType;
  description: string;
  required: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  choices?: string[];
}

interface JsonSchemaProperty {
  type?: string;
  description?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
}

const cache = new WeakMap<AnyCommand, OptionSpec[]>();

export function optionSpecs(command: AnyCommand): OptionSpec[] {
  const known = cache.get(command);
  if (known) return known;
  const schema = z.toJSONSchema(command.options, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, JsonSchemaProperty>;
    required?: string[];
  };
  const required = new Set(schema.required ?? []);
  const specs = Object.entries(schema.properties ?? {}).map(([name, p]): OptionSpec => {
    const type: OptionType =
      p.type === "integer" || p.type === "number" || p.type === "boolean" ? p.type : "string";
    return {
      name,
      type,
      description: p.description ?? name,
      required: required.has(name),
      ...(p.minLength !== undefined && { minLength: p.minLength }),
      ...(p.maxLength !== undefined && { maxLength: p.maxLength }),
      ...(p.minimum !== undefined && { minimum: p.minimum }),
      ...(p.maximum !== undefined && { maximum: p.maximum }),
      ...(p.enum && { choices: p.enum.map(String) }),
    };
  });
  // The free-text option comes first: it is what people type right after the command.
  specs.sort((a, b) => Number(b.name === command.rest) - Number(a.name === command.rest));
  cache.set(command, specs);
  return specs;
}

/** "/timeline [topic] [from:YYYY[-MM[-DD]]] [to:…]" style usage, from the schema. */
export function usageOf(command: AnyCommand): string {
  const parts = optionSpecs(command).map((o) => {
    const shown = o.name === command.rest ? `<${o.name}>` : `${o.name}:${placeholder(o)}`;
    return o.required ? shown : `[${shown}]`;
  });
  return [`/${command.name}`, ...parts].join(" ");
}

function placeholder(o: OptionSpec): string {
  if (o.choices) return o.choices.join("|");
  if (o.type === "boolean") return "true|false";
  if ((o.type === "integer" || o.type === "number") && o.minimum !== undefined && o.maximum !== undefined) {
    return `${o.minimum}-${o.maximum}`;
  }
  return o.type === "string" ? "…" : o.type;
}
