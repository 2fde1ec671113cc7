import { SchemaAST } from "effect"
import { describe, expect, it } from "vitest"
import { COLLECTIONS, Dataset, EVENT_KINDS, Event } from "../index"

describe("the schema-free lists", () => {
  it("COLLECTIONS names exactly the Dataset schema's fields, in their order", () => {
    expect(COLLECTIONS).toEqual(Object.keys(Dataset.fields))
  })

  it("EVENT_KINDS names exactly the Event union's tags", () => {
    const tags = Event.members.map((member) => {
      const tag = SchemaAST.getPropertySignatures(member.ast).find((p) => p.name === "_tag")
      return tag && SchemaAST.isLiteral(tag.type) ? tag.type.literal : undefined
    })
    expect([...EVENT_KINDS].sort()).toEqual([...tags].sort())
  })
})
