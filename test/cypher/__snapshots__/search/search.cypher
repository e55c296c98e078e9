// search (READ)
/* search */
     CALL () {
       WITH $query AS q WHERE q IS NOT NULL
       CALL db.index.fulltext.queryNodes('entity_names', q, {limit: $depth}) YIELD node, score
       RETURN node, score
       UNION ALL
       WITH $query AS q WHERE q IS NOT NULL
       CALL db.index.fulltext.queryNodes('article_titles', q, {limit: $depth}) YIELD node, score
       RETURN node, score
       UNION ALL
       UNWIND $codes AS code
       MATCH (node:Country {code: code})
       RETURN node, -1.0 AS score
     }
     WITH node, score WHERE $kinds IS NULL OR labels(node)[0] IN $kinds
     WITH collect({node: node, score: score}) AS hits
     WITH hits, reduce(top = 0.0, h IN hits | CASE WHEN h.score > top THEN h.score ELSE top END) AS top
     UNWIND hits AS h
     WITH h.node AS node, CASE WHEN h.score < 0 THEN top + 1.0 ELSE h.score END AS score
     WITH node, max(score) AS score
     RETURN labels(node)[0] AS kind, coalesce(node.code, node.id) AS id, score
     ORDER BY score DESC, id
     LIMIT $first
// params
{
  "query": "(merkelzz^3 OR merkelzz* OR merkelzz~) AND (x'^3 OR x'*)",
  "first": int(10),
  "depth": int(10),
  "kinds": null,
  "codes": []
}

// search (READ)
/* search */
     CALL () {
       WITH $query AS q WHERE q IS NOT NULL
       CALL db.index.fulltext.queryNodes('entity_names', q, {limit: $depth}) YIELD node, score
       RETURN node, score
       UNION ALL
       WITH $query AS q WHERE q IS NOT NULL
       CALL db.index.fulltext.queryNodes('article_titles', q, {limit: $depth}) YIELD node, score
       RETURN node, score
       UNION ALL
       UNWIND $codes AS code
       MATCH (node:Country {code: code})
       RETURN node, -1.0 AS score
     }
     WITH node, score WHERE $kinds IS NULL OR labels(node)[0] IN $kinds
     WITH collect({node: node, score: score}) AS hits
     WITH hits, reduce(top = 0.0, h IN hits | CASE WHEN h.score > top THEN h.score ELSE top END) AS top
     UNWIND hits AS h
     WITH h.node AS node, CASE WHEN h.score < 0 THEN top + 1.0 ELSE h.score END AS score
     WITH node, max(score) AS score
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
  ],
  "codes": []
}
