// The graph's version token: it changes with every committed write (see bump_graph_version).
// The API's answer cache keys on it. A graph never written by this project has none.
// @mode read
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
RETURN coalesce(v.token, 'unversioned') AS token
