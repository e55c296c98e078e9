// search (READ)
/* search */
     CALL () {
       CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $depth}) YIELD node, score
       RETURN node, score
       UNION ALL
       CALL db.index.fulltext.queryNodes('article_titles', $query, {limit: $depth}) YIELD node, score
       RETURN node, score
     }
     WITH node, score WHERE $kinds IS NULL OR labels(node)[0] IN $kinds
     RETURN labels(node)[0] AS kind, coalesce(node.code, node.id) AS id, score
     ORDER BY score DESC, id
     LIMIT $first
// params
{
  "query": "(merkelzz^3 OR merkelzz* OR merkelzz~) AND (x'^3 OR x'*)",
  "first": int(10),
  "depth": int(10),
  "kinds": null
}

// search (READ)
/* search */
     CALL () {
       CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $depth}) YIELD node, score
       RETURN node, score
       UNION ALL
       CALL db.index.fulltext.queryNodes('article_titles', $query, {limit: $depth}) YIELD node, score
       RETURN node, score
     }
     WITH node, score WHERE $kinds IS NULL OR labels(node)[0] IN $kinds
     RETURN labels(node)[0] AS kind, coalesce(node.code, node.id) AS id, score
     ORDER BY score DESC, id
     LIMIT $first
// params
{
  "query": "(merkelzz^3 OR merkelzz* OR merkelzz~)",
  "first": int(10),
  "depth": int(50),
  "kinds": [
    "Person",
    "Organization"
  ]
}
