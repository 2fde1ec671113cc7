/**
 * Turns a schema decoding failure into plain-word messages, each tied to the path of the value it
 * is about, so that the loader can point at the YAML node: what is wrong, and what was expected.
 *
 * @since 0.1.0
 */
import { SchemaAST as AST, Option, ParseResult } from "effect"

/**
 * One thing wrong with a decoded value. `path` leads from the value to the node at fault; `on`
 * says whether the position is that of the node's key (an unknown field) or of its value.
 * @since 0.1.0
 * @category models
 */
export interface IssueReport {
  readonly path: ReadonlyArray<PropertyKey>
  readonly on: "value" | "key"
  readonly message: string
}

const SHORT = 60

/** A value as a message shows it: short text in quotes, numbers as they are, lists and mappings by kind. */
export const showValue = (value: unknown): string => {
  if (value === undefined) return "missing"
  if (value === null) return "empty"
  if (typeof value === "string") {
    const text = value.length > SHORT ? `${value.slice(0, SHORT - 1)}…` : value
    return JSON.stringify(text)
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  if (Array.isArray(value)) return "a list"
  if (typeof value === "object") return "a mapping"
  return String(value)
}

const showScalar = (value: unknown): string | undefined =>
  (typeof value === "string" && value.length <= SHORT) ||
  typeof value === "number" ||
  typeof value === "boolean"
    ? showValue(value)
    : undefined

const annotationMessage = (ast: AST.AST): string | undefined => {
  const annotation = Option.getOrUndefined(AST.getMessageAnnotation(ast))
  if (annotation === undefined) return undefined
  const out = annotation(new ParseResult.Type(ast, undefined))
  if (typeof out === "string") return out
  if (
    typeof out === "object" &&
    out !== null &&
    "message" in out &&
    typeof out.message === "string"
  )
    return out.message
  return undefined
}

const identifierOf = (ast: AST.AST): string | undefined =>
  Option.getOrUndefined(AST.getIdentifierAnnotation(ast))

const isDateAst = (ast: AST.AST): boolean => identifierOf(ast) === "ReportedDate"

const DATE_EXAMPLES = `"2025", "2025-03", "2025-03-06", "2025-05-05/2025-05-07" or "mid-2025"`

const PLAIN_DESCRIPTIONS: Record<string, string> = {
  "a non empty string": "non-empty text",
  "a string with no leading or trailing whitespace": "text without spaces at either end",
}

const literalText = (ast: AST.Literal): string => String(ast.literal)

const withoutUndefined = (types: ReadonlyArray<AST.AST>) =>
  types.filter((t) => t._tag !== "UndefinedKeyword")

const tagOf = (ast: AST.AST): string | undefined => {
  if (ast._tag === "Transformation") return tagOf(ast.from)
  if (ast._tag !== "TypeLiteral") return undefined
  const tag = ast.propertySignatures.find((p) => p.name === "_tag")
  return tag?.type._tag === "Literal" ? literalText(tag.type) : undefined
}

/**
 * What a schema expects, in words, for the encoded form a data file holds.
 * @since 0.1.0
 * @category helpers
 */
export const describeAst = (ast: AST.AST): string => {
  if (isDateAst(ast)) return `a date such as ${DATE_EXAMPLES}`
  if (identifierOf(ast) === "NonEmptyTrimmedString")
    return "non-empty text without spaces at either end"
  const custom = annotationMessage(ast)
  if (custom?.startsWith("expected ")) return custom.slice("expected ".length)
  switch (ast._tag) {
    case "StringKeyword":
    case "TemplateLiteral":
      return "text"
    case "NumberKeyword":
      return "a number"
    case "BooleanKeyword":
      return "true or false"
    case "UndefinedKeyword":
    case "VoidKeyword":
      return "nothing"
    case "Literal":
      return JSON.stringify(ast.literal)
    case "Union": {
      const members = withoutUndefined(ast.types)
      if (members.length === 1 && members[0]) return describeAst(members[0])
      const withMessage = members.find((m) => annotationMessage(m)?.startsWith("expected "))
      if (withMessage) return describeAst(withMessage)
      if (members.every((m) => m._tag === "Literal"))
        return `one of ${members.map((m) => literalText(m as AST.Literal)).join(", ")}`
      const tags = members.map(tagOf)
      if (tags.every((t) => t !== undefined))
        return `a mapping whose _tag is one of ${tags.join(", ")}`
      return [...new Set(members.map(describeAst))].join(" or ")
    }
    case "TypeLiteral": {
      if (ast.propertySignatures.length === 0 && ast.indexSignatures.length > 0)
        return `text per language, such as vi: "…" and en: "…"`
      const required = ast.propertySignatures
        .filter((p) => !p.isOptional)
        .map((p) => String(p.name))
      return required.length > 0 ? `a mapping with ${required.join(", ")}` : "a mapping"
    }
    case "TupleType": {
      if (ast.rest.length === 0) return `a list of ${ast.elements.length} items`
      return ast.elements.length > 0 ? "a list with at least one item" : "a list"
    }
    case "Refinement": {
      const description = Option.getOrUndefined(AST.getDescriptionAnnotation(ast))
      if (description === undefined || /pattern|Brand<|=>/u.test(description))
        return describeAst(ast.from)
      return PLAIN_DESCRIPTIONS[description] ?? description
    }
    case "Transformation":
      return describeAst(ast.from)
    case "Suspend":
      return describeAst(ast.f())
    default:
      return "a value of another kind"
  }
}

const subjectOf = (path: ReadonlyArray<PropertyKey>, entity: string): string => {
  const last = path[path.length - 1]
  if (last === undefined) return entity
  if (typeof last === "number") {
    const previous = path[path.length - 2]
    return previous === undefined || typeof previous === "number"
      ? `item ${last + 1}`
      : `${String(previous)} item ${last + 1}`
  }
  return String(last)
}

const phrase = (subject: string, actual: unknown, message: string): string => {
  if (!message.startsWith("expected ")) return `${subject}: ${message}`
  const shown = showScalar(actual)
  return shown === undefined
    ? `${subject} is not valid: ${message}`
    : `${subject} ${shown} is not valid: ${message}`
}

const dateMessage = (subject: string, input: string, message: string): string => {
  const label = subject === "date" ? "date" : `${subject} date`
  const text = input.trim()
  if (message.startsWith(`${text} `)) return `${label} "${input}"${message.slice(text.length)}`
  if (message.startsWith(`range ${text} `))
    return `${label} range "${input}"${message.slice(`range ${text}`.length)}`
  if (message.startsWith("expected "))
    return `${label} "${input}" is not valid: ${message.replace(/, got ".*"$/u, "")}`
  return `${label} "${input}": ${message}`
}

const closest = (word: string, candidates: ReadonlyArray<string>): string | undefined => {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j)
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0] ?? 0
      row[0] = i
      for (let j = 1; j <= b.length; j++) {
        const above = row[j] ?? 0
        row[j] = Math.min(
          above + 1,
          (row[j - 1] ?? 0) + 1,
          diagonal + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1),
        )
        diagonal = above
      }
    }
    return row[b.length] ?? Number.POSITIVE_INFINITY
  }
  let best: string | undefined
  let bestDistance = Math.min(2, Math.floor(word.length / 3)) + 1
  for (const candidate of candidates) {
    const d = distance(word, candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}

/**
 * Suggests the closest of `candidates` to a misspelt name: within two edits, and within one edit
 * per three letters, so that short codes ("KG") are not "corrected" into others ("KZ").
 * @example
 * didYouMean("evnts", ["events", "people"]) // ` (did you mean "events"?)`
 * @since 0.1.0
 * @category helpers
 */
export const didYouMean = (word: string, candidates: ReadonlyArray<string>): string => {
  const best = closest(word, candidates)
  return best === undefined ? "" : ` (did you mean "${best}"?)`
}

interface Context {
  readonly entity: string
  readonly fields: ReadonlyArray<string>
  /** The text map (per-language text) whose keys are being checked, when inside one. */
  readonly textMap?: Readonly<Record<string, unknown>> | undefined
}

/** Whether a schema is a text map: a record keyed by language codes (`LocalizedText`). */
const isTextMap = (ast: AST.AST): boolean =>
  AST.isTypeLiteral(ast) &&
  ast.indexSignatures.some((s) => identifierOf(s.parameter) === "LanguageKey")

/**
 * The message for a key of a text map that is not a language code. An unquoted comma in a flow
 * mapping (`{ vi: Văn hóa, du lịch, en: … }`) makes the words after it a key: say so, and show
 * the text in quotes.
 */
const notALanguage = (key: string, text: Readonly<Record<string, unknown>>): string => {
  const keys = Object.keys(text)
  const before = keys[keys.indexOf(key) - 1]
  const value = before === undefined ? undefined : text[before]
  // A key without a value is what the words after an unquoted comma become.
  const hint =
    text[key] != null
      ? ""
      : before !== undefined && typeof value === "string"
        ? `; if "${key}" is part of the ${before} text, put the whole text in quotes (${before}: "${value}, ${key}")`
        : "; if it is part of a text, put the text in quotes"
  return `"${key}" is not a language code: expected ISO 639-1 codes such as vi or en as the keys of a text${hint}`
}

const issuesOf = (composite: ParseResult.Composite): ReadonlyArray<ParseResult.ParseIssue> =>
  Array.isArray(composite.issues)
    ? (composite.issues as ReadonlyArray<ParseResult.ParseIssue>)
    : [composite.issues as ParseResult.ParseIssue]

const customMessage = (issue: ParseResult.ParseIssue): string | undefined => {
  if (issue._tag === "Type") return issue.message ?? annotationMessage(issue.ast)
  if (issue._tag === "Refinement") return annotationMessage(issue.ast) ?? customMessage(issue.issue)
  return undefined
}

const walk = (
  issue: ParseResult.ParseIssue,
  path: ReadonlyArray<PropertyKey>,
  context: Context,
): ReadonlyArray<IssueReport> => {
  const subject = subjectOf(path, context.entity)
  switch (issue._tag) {
    case "Pointer": {
      const segments = Array.isArray(issue.path) ? issue.path : [issue.path as PropertyKey]
      return walk(issue.issue, [...path, ...segments], context)
    }
    case "Composite": {
      if (AST.isUnion(issue.ast)) return walkUnion(issue, path, context)
      const fields = AST.isTypeLiteral(issue.ast)
        ? issue.ast.propertySignatures.map((p) => String(p.name))
        : context.fields
      const textMap =
        isTextMap(issue.ast) && typeof issue.actual === "object" && issue.actual !== null
          ? (issue.actual as Record<string, unknown>)
          : undefined
      return issuesOf(issue).flatMap((child) => walk(child, path, { ...context, fields, textMap }))
    }
    case "Refinement":
      return walk(issue.issue, path, context)
    case "Transformation": {
      if (isDateAst(issue.ast)) {
        if (issue.kind === "Transformation") {
          const message = customMessage(issue.issue) ?? "is not a date"
          return [
            { path, on: "value", message: dateMessage(subject, String(issue.actual), message) },
          ]
        }
        const message =
          typeof issue.actual === "number"
            ? `${subject} is the number ${issue.actual}: expected a date as text, so write it in quotes ("${issue.actual}")`
            : `${subject} is ${showValue(issue.actual)}: expected a date such as ${DATE_EXAMPLES}`
        return [{ path, on: "value", message }]
      }
      return walk(issue.issue, path, context)
    }
    case "Type": {
      const custom = customMessage(issue)
      const message =
        custom !== undefined
          ? phrase(subject, issue.actual, custom)
          : `${subject} is ${showValue(issue.actual)}: expected ${describeAst(issue.ast)}`
      return [{ path, on: "value", message }]
    }
    case "Missing": {
      const last = path[path.length - 1]
      const parent = path.slice(0, -1)
      const expected = describeAst(issue.ast.type)
      const message =
        typeof last !== "number"
          ? `missing field "${String(last)}": expected ${expected}`
          : last === 0
            ? `${subjectOf(parent, context.entity)} is an empty list: expected at least one item, ${expected}`
            : `${subject} is missing: expected ${expected}`
      return [{ path: parent, on: "value", message }]
    }
    case "Unexpected": {
      const last = path[path.length - 1]
      if (typeof last === "number")
        return [{ path, on: "value", message: `${subject} is one item too many` }]
      const name = String(last)
      if (context.textMap !== undefined)
        return [{ path, on: "key", message: notALanguage(name, context.textMap) }]
      const allowed = context.fields.filter((f) => f !== "_tag")
      return [
        {
          path,
          on: "key",
          message: `unknown field "${name}"${didYouMean(name, allowed)}: expected one of ${allowed.join(", ")}`,
        },
      ]
    }
    case "Forbidden":
      return [{ path, on: "value", message: `${subject} could not be checked` }]
  }
}

const walkUnion = (
  issue: ParseResult.Composite,
  path: ReadonlyArray<PropertyKey>,
  context: Context,
): ReadonlyArray<IssueReport> => {
  const members = issuesOf(issue).filter(
    (child) => !(child._tag === "Type" && child.ast._tag === "UndefinedKeyword"),
  )
  const only = members[0]
  if (members.length === 1 && only !== undefined) return walk(only, path, context)
  const subject = subjectOf(path, context.entity)
  const custom = members.map(customMessage).find((m) => m?.startsWith("expected "))
  if (custom !== undefined)
    return [{ path, on: "value", message: phrase(subject, issue.actual, custom) }]
  return [
    {
      path,
      on: "value",
      message: `${subject} is ${showValue(issue.actual)}: expected ${describeAst(issue.ast)}`,
    },
  ]
}

/**
 * Describes every problem in a decoding failure, in plain words. `entity` names the decoded value
 * ("event", "source") in messages about the value as a whole.
 * @example
 * Either.mapLeft(Schema.decodeUnknownEither(Event, { errors: "all" })(raw), (e) => describeIssue(e.issue, "event"))
 * @since 0.1.0
 * @category helpers
 */
export const describeIssue = (
  issue: ParseResult.ParseIssue,
  entity: string,
): ReadonlyArray<IssueReport> => {
  const reports = walk(issue, [], { entity, fields: [] })
  const seen = new Set<string>()
  return reports.filter((r) => {
    const key = `${r.path.map(String).join("\u0000")}\u0001${r.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
