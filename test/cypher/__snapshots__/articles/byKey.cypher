// getArticles (READ)
/* getArticles */
     UNWIND $ids AS id
     MATCH (a:Article {id: id})
     RETURN a.id AS id, a.title AS title, a.publishedAt.epochMillis AS publishedAt, a.source AS source
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ]
}

// textsOfArticles (READ)
/* textsOfArticles */ UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.text AS text
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ]
}
