// listEntities:Person (READ)
/* listEntities */
     MATCH (e:Person) WHERE $q IS NULL OR toLower(e.name) CONTAINS $q OR any(x IN e.aliases WHERE toLower(x) CONTAINS $q)
           WITH e, COUNT { ()-[:MENTIONS]->(e) } AS n
     RETURN e.id AS key ORDER BY n DESC, key SKIP $skip LIMIT $limit
// params
{
  "q": "name \"hostile' }) //",
  "skip": int(20),
  "limit": int(21)
}

// countEntities:Person (READ)
/* countEntities */ MATCH (e:Person) WHERE $q IS NULL OR toLower(e.name) CONTAINS $q OR any(x IN e.aliases WHERE toLower(x) CONTAINS $q)
           WITH e, COUNT { ()-[:MENTIONS]->(e) } AS n RETURN count(e) AS n
// params
{
  "q": "name \"hostile' }) //"
}

// listEntities:Country (READ)
/* listEntities */
     MATCH (e:Country) WHERE $q IS NULL OR toLower(e.name) CONTAINS $q OR toLower(e.code) = $q
           WITH e, COUNT { ()-[:MENTIONS]->(e) } AS n
     RETURN e.code AS key ORDER BY n DESC, key SKIP $skip LIMIT $limit
// params
{
  "q": "name \"hostile' }) //",
  "skip": int(20),
  "limit": int(21)
}

// countEntities:Country (READ)
/* countEntities */ MATCH (e:Country) WHERE $q IS NULL OR toLower(e.name) CONTAINS $q OR toLower(e.code) = $q
           WITH e, COUNT { ()-[:MENTIONS]->(e) } AS n RETURN count(e) AS n
// params
{
  "q": "name \"hostile' }) //"
}

// listEntities:Organization (READ)
/* listEntities */
     MATCH (e:Organization) WHERE $q IS NULL OR toLower(e.name) CONTAINS $q OR any(x IN e.aliases WHERE toLower(x) CONTAINS $q)
           WITH e, COUNT { ()-[:MENTIONS]->(e) } AS n
     RETURN e.id AS key ORDER BY n DESC, key SKIP $skip LIMIT $limit
// params
{
  "q": "name \"hostile' }) //",
  "skip": int(20),
  "limit": int(21)
}

// countEntities:Organization (READ)
/* countEntities */ MATCH (e:Organization) WHERE $q IS NULL OR toLower(e.name) CONTAINS $q OR any(x IN e.aliases WHERE toLower(x) CONTAINS $q)
           WITH e, COUNT { ()-[:MENTIONS]->(e) } AS n RETURN count(e) AS n
// params
{
  "q": "name \"hostile' }) //"
}

// listEntities:Topic (READ)
/* listEntities */
     MATCH (e:Topic) WHERE $q IS NULL OR toLower(e.label) CONTAINS $q
           WITH e, COUNT { ()-[:ABOUT]->(e) } AS n WHERE n > 0
     RETURN e.id AS key ORDER BY n DESC, key SKIP $skip LIMIT $limit
// params
{
  "q": "name \"hostile' }) //",
  "skip": int(20),
  "limit": int(21)
}

// countEntities:Topic (READ)
/* countEntities */ MATCH (e:Topic) WHERE $q IS NULL OR toLower(e.label) CONTAINS $q
           WITH e, COUNT { ()-[:ABOUT]->(e) } AS n WHERE n > 0 RETURN count(e) AS n
// params
{
  "q": "name \"hostile' }) //"
}
