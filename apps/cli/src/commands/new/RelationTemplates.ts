/**
 * The files `bilateral new relation <id>` writes: one per kind of fact a relation holds (the
 * relation itself, events, agreements, indicators, statements and claims, cooperation), each a
 * valid dataset file with empty collections and a made-up example of every field in comments.
 * The allowed values named in the comments come from the domain's schemas, so they cannot drift.
 */
import { agreementsFile } from "./AgreementsFile"
import { claimsFile } from "./ClaimsFile"
import { cooperationFile } from "./CooperationFile"
import { eventsFile } from "./EventsFile"
import { indicatorsFile } from "./IndicatorsFile"
import { relationFile } from "./RelationFile"
import type { TemplateContext, TemplateFile } from "./Template"

/**
 * The files of a new relation, as data: what `renderTemplate` writes, and what tests check the
 * examples of.
 */
export const relationTemplates = (ctx: TemplateContext): ReadonlyArray<TemplateFile> =>
  [relationFile, eventsFile, agreementsFile, indicatorsFile, claimsFile, cooperationFile].map(
    (file) => file(ctx),
  )
