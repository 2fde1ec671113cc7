export * from "./Palette"
export * from "./RelationView"
