// timelinesOf:Person (READ)
/* timelinesOf */
     UNWIND $ids AS key
     MATCH (e:Person {id: key})
     CALL (e) {
       MATCH (e)<-[r:MENTIONS]-(a:Article)
       WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       RETURN datetime.truncate($unit, a.publishedAt) AS start, 1 AS articles, coalesce(r.count, 1) AS mentions, 0 AS meetings
       UNION ALL
       MATCH (e)<-[:WITH]-(m:Meeting)
       WHERE m.status = 'MET' AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (m)<-[:REPORTS]-(:Article)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       RETURN datetime.truncate($unit, m.date) AS start, 0 AS articles, 0 AS mentions, 1 AS meetings
     }
     RETURN key, start, sum(articles) AS articles, sum(mentions) AS mentions, sum(meetings) AS meetings
     ORDER BY key, start
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ],
  "unit": "month",
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //"
}

// timelinesOf:Country (READ)
/* timelinesOf */
     UNWIND $ids AS key
     MATCH (e:Country {code: key})
     CALL (e) {
       MATCH (e)<-[r:MENTIONS]-(a:Article)
       WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       RETURN datetime.truncate($unit, a.publishedAt) AS start, 1 AS articles, coalesce(r.count, 1) AS mentions, 0 AS meetings
       UNION ALL
       MATCH (e)<-[:WITH]-(m:Meeting)
       WHERE m.status = 'MET' AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (m)<-[:REPORTS]-(:Article)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       RETURN datetime.truncate($unit, m.date) AS start, 0 AS articles, 0 AS mentions, 1 AS meetings
     }
     RETURN key, start, sum(articles) AS articles, sum(mentions) AS mentions, sum(meetings) AS meetings
     ORDER BY key, start
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ],
  "unit": "month",
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //"
}

// timelinesOf:Organization (READ)
/* timelinesOf */
     UNWIND $ids AS key
     MATCH (e:Organization {id: key})
     CALL (e) {
       MATCH (e)<-[r:MENTIONS]-(a:Article)
       WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       RETURN datetime.truncate($unit, a.publishedAt) AS start, 1 AS articles, coalesce(r.count, 1) AS mentions, 0 AS meetings
       UNION ALL
       MATCH (e)<-[:WITH]-(m:Meeting)
       WHERE m.status = 'MET' AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (m)<-[:REPORTS]-(:Article)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       RETURN datetime.truncate($unit, m.date) AS start, 0 AS articles, 0 AS mentions, 1 AS meetings
     }
     RETURN key, start, sum(articles) AS articles, sum(mentions) AS mentions, sum(meetings) AS meetings
     ORDER BY key, start
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ],
  "unit": "month",
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //"
}

// timelinesOf:Topic (READ)
/* timelinesOf */
     UNWIND $ids AS key
     MATCH (e:Topic {id: key})
     CALL (e) {
       MATCH (e)<-[r:ABOUT]-(a:Article)
       WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       RETURN datetime.truncate($unit, a.publishedAt) AS start, 1 AS articles, coalesce(r.count, 1) AS mentions, 0 AS meetings
       UNION ALL
       MATCH (e)<-[:WITH]-(m:Meeting)
       WHERE m.status = 'MET' AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (m)<-[:REPORTS]-(:Article)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       RETURN datetime.truncate($unit, m.date) AS start, 0 AS articles, 0 AS mentions, 1 AS meetings
     }
     RETURN key, start, sum(articles) AS articles, sum(mentions) AS mentions, sum(meetings) AS meetings
     ORDER BY key, start
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ],
  "unit": "month",
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //"
}
