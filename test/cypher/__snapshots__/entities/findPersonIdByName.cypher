// findPersonIdByName (READ)
/* findPersonIdByName */
     OPTIONAL MATCH (exact:Person {nameKey: $key})
     WITH exact
     CALL (exact) {
       WITH exact WHERE exact IS NULL
       CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node, score
       WHERE node:Person
       // Not an exact alias first: the extractor records a bare surname ("Clinton") as an alias of
       // whoever an article called so, which would pin the name to the first such person.
       RETURN node ORDER BY COUNT { (node)<-[:MENTIONS]-() } DESC, score DESC, node.id LIMIT 1
       UNION
       WITH exact WHERE exact IS NOT NULL
       RETURN exact AS node
     }
     RETURN node.id AS id LIMIT 1
// params
{
  "key": "name \"hostile }) //",
  "phrase": "\"name  hostile }) //\""
}
