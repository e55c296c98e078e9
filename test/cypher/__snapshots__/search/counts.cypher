// stats (READ)
/* stats */
     RETURN COUNT { (:Article) } AS articles, COUNT { (:Person) } AS people, COUNT { (:Country) } AS countries,
            COUNT { (:Organization) } AS organizations, COUNT { (:Topic) } AS topics, COUNT { (:Meeting) } AS meetings,
            COLLECT { MATCH (a:Article) WHERE a.publishedAt IS NOT NULL RETURN a.publishedAt ORDER BY a.publishedAt LIMIT 1 }[0] AS first,
            COLLECT { MATCH (a:Article) WHERE a.publishedAt IS NOT NULL RETURN a.publishedAt ORDER BY a.publishedAt DESC LIMIT 1 }[0] AS last,
            COUNT { ()-[:MENTIONS]->() } AS MENTIONS, COUNT { ()-[:ABOUT]->() } AS ABOUT, COUNT { ()-[:REPORTS]->() } AS REPORTS,
            COUNT { ()-[:WITH]->() } AS WITH, COUNT { ()-[:HOLDS]->() } AS HOLDS
// params
{}

// countAllArticles (READ)
/* countAllArticles */ MATCH (a:Article) RETURN count(a) AS n
// params
{}

// graphVersion (READ)
/* graphVersion */ OPTIONAL MATCH (g:GraphVersion {id: 'graph'}) RETURN g.epoch AS epoch, g.version AS version
// params
{}
