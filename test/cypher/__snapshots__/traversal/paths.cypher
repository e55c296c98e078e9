// paths (READ)
/* paths */
     WITH $source AS sref, $target AS tref
     CALL (sref) {
       WITH sref WHERE sref.kind = 'Person' MATCH (s:Person {id: sref.id}) RETURN s
       UNION
       WITH sref WHERE sref.kind = 'Country' MATCH (s:Country {code: sref.id}) RETURN s
       UNION
       WITH sref WHERE sref.kind = 'Organization' MATCH (s:Organization {id: sref.id}) RETURN s
       UNION
       WITH sref WHERE sref.kind = 'Topic' MATCH (s:Topic {id: sref.id}) RETURN s
     }
     WITH s, tref
     CALL (tref) {
       WITH tref WHERE tref.kind = 'Person' MATCH (t:Person {id: tref.id}) RETURN t
       UNION
       WITH tref WHERE tref.kind = 'Country' MATCH (t:Country {code: tref.id}) RETURN t
       UNION
       WITH tref WHERE tref.kind = 'Organization' MATCH (t:Organization {id: tref.id}) RETURN t
       UNION
       WITH tref WHERE tref.kind = 'Topic' MATCH (t:Topic {id: tref.id}) RETURN t
     }
     MATCH p = ALL SHORTEST (s) ((x)-[:MENTIONS|ABOUT|WITH]-(y) WHERE y = t OR y:Article OR (y:Meeting AND y.status = 'MET') OR any(l IN labels(y) WHERE l IN $via)){1,6} (t)
     WITH p LIMIT 1000
     RETURN [n IN nodes(p) | [labels(n)[0], coalesce(n.code, n.id)]] AS seq
// params
{
  "source": {
    "kind": "Person",
    "id": "id-'\"}) DETACH DELETE n //"
  },
  "target": {
    "kind": "Organization",
    "id": "other-'\"}) MATCH (x) SET x.hacked = true //"
  },
  "via": [
    "Person",
    "Organization"
  ]
}

// pairCounts (READ)
/* pairCounts */
     UNWIND range(0, size($pairs) - 1) AS i
     WITH i, $pairs[i][0] AS ref
     CALL (ref) {
       WITH ref WHERE ref.kind = 'Person' MATCH (x:Person {id: ref.id}) RETURN x
       UNION
       WITH ref WHERE ref.kind = 'Country' MATCH (x:Country {code: ref.id}) RETURN x
       UNION
       WITH ref WHERE ref.kind = 'Organization' MATCH (x:Organization {id: ref.id}) RETURN x
       UNION
       WITH ref WHERE ref.kind = 'Topic' MATCH (x:Topic {id: ref.id}) RETURN x
     }
     WITH i, x, $pairs[i][1] AS ref
     CALL (ref) {
       WITH ref WHERE ref.kind = 'Person' MATCH (y:Person {id: ref.id}) RETURN y
       UNION
       WITH ref WHERE ref.kind = 'Country' MATCH (y:Country {code: ref.id}) RETURN y
       UNION
       WITH ref WHERE ref.kind = 'Organization' MATCH (y:Organization {id: ref.id}) RETURN y
       UNION
       WITH ref WHERE ref.kind = 'Topic' MATCH (y:Topic {id: ref.id}) RETURN y
     }
     RETURN i, COUNT { (x)<-[:MENTIONS|ABOUT]-(:Article)-[:MENTIONS|ABOUT]->(y) } AS articles,
            COUNT { (x)<-[:WITH]-(:Meeting {status: 'MET'})-[:WITH]->(y) } AS meetings
// params
{
  "pairs": [
    [
      {
        "kind": "Person",
        "id": "id-'\"}) DETACH DELETE n //"
      },
      {
        "kind": "Organization",
        "id": "other-'\"}) MATCH (x) SET x.hacked = true //"
      }
    ]
  ]
}
