// getPeople (READ)
/* getPeople */
     UNWIND $ids AS id
     MATCH (p:Person {id: id})
     RETURN p.id AS id, p.name AS name, p.aliases AS aliases, COUNT { ()-[:MENTIONS]->(p) } AS articleCount
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ]
}

// getCountries (READ)
/* getCountries */
     UNWIND $codes AS code
     MATCH (c:Country {code: code})
     RETURN c.code AS code, c.name AS name, COUNT { ()-[:MENTIONS]->(c) } AS articleCount
// params
{
  "codes": [
    "ZQ"
  ]
}

// getOrganizations (READ)
/* getOrganizations */
     UNWIND $ids AS id
     MATCH (o:Organization {id: id})
     RETURN o.id AS id, o.name AS name, o.aliases AS aliases, COUNT { ()-[:MENTIONS]->(o) } AS articleCount
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ]
}

// getTopics (READ)
/* getTopics */
     MATCH (t:Topic)
     WHERE $ids IS NULL OR t.id IN $ids
     RETURN t.id AS id, t.label AS label, t.iptc AS iptc, COUNT { ()-[:ABOUT]->(t) } AS articleCount
     ORDER BY articleCount DESC, id
// params
{
  "ids": [
    "topic-'\"}) RETURN 1 //"
  ]
}

// getTopics (READ)
/* getTopics */
     MATCH (t:Topic)
     WHERE $ids IS NULL OR t.id IN $ids
     RETURN t.id AS id, t.label AS label, t.iptc AS iptc, COUNT { ()-[:ABOUT]->(t) } AS articleCount
     ORDER BY articleCount DESC, id
// params
{
  "ids": null
}

// rolesOfPeople (READ)
/* rolesOfPeople */
     UNWIND $ids AS id
     MATCH (p:Person {id: id})-[h:HOLDS]->(t)
     RETURN p.id AS personId, h.title AS title,
            CASE WHEN t:Country THEN t.code END AS countryCode,
            CASE WHEN t:Organization THEN t.id END AS organizationId
     ORDER BY h.since, title
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ]
}
