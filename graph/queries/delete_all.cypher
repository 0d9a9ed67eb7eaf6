// Delete every node and relationship (dg reset; test set-up). Irreversible.
// @mode write
MATCH (n)
DETACH DELETE n
