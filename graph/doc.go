// Package graph stores analyses in Dgraph and reads them back.
//
// # Model (schema/schema.dql)
//
//   - Entities: dgraph.type Person, Organization, State, Place or Event
//     (Event = a named happening such as Schießbefehl). xid = the resolver's
//     canonical key (newsgraph.EntityKey); canonical = every canonical name
//     the resolver gave it; name = chooseName(canonical, alias), a function
//     of those sets only, so load order and concurrency do not change it;
//     alias = every name and alias seen; name_folded/alias_folded = Fold(…)
//     for case- and accent-insensitive look-up; merged_key = other keys
//     identified with it (see identity.go: a new key whose forms match one
//     stored entity of the same type becomes that entity; alias_folded is
//     @upsert so concurrent creators of one entity under two keys conflict).
//   - Article: xid = content hash (newsgraph.ArticleXID); origin = url:URL or
//     file:SOURCE/FILE, which identifies versions of one article.
//   - Fact: one relation instance (type, subject, object), however many
//     articles report it: xid = FactXID(type, subject key, object key).
//     agent, patient, place edges; relation, cameo; dates, counts, roles
//     are the union of its mentions' claims (figures of different sources
//     stay side by side, never overwritten). Name: "dismissed: A → B".
//     Named Fact so as not to clash with the entity type Event.
//   - Mention: one sentence of one article supporting an entity or a Fact
//     (mention_of, article, sentence, sentence_index, span_start/end,
//     surface, cue, confidence, and the claim: date, date_precision, count,
//     role, former). xid = MentionXID(article, entity or fact xid, sentence).
//   - Direct edges: for every Fact with a subject, an edge named after the
//     relation (dismissed, sent_troops, …, all @reverse) from agent to
//     patient, with facets article, sentence, date, count, confidence,
//     role, former taken from the report that created the Fact.
//
// # Writes
//
// Save writes one article in one transaction: it reads which xids exist,
// then writes N-Quads against those uids (new nodes as blank nodes) with
// CommitNow. xid is @upsert, so two transactions creating one key conflict
// and one aborts; aborted and unavailable operations are rerun from the
// start in a new transaction with jittered exponential backoff, bounded by
// Store.MaxAttempts. An article whose content hash is stored is not written
// again (StatusUnchanged). An article with a stored origin but a new hash
// replaces the old version: Forget(old), then Save (two transactions; a
// crash in between leaves the new version to be saved as new on rerun).
//
// Forget deletes the article, its mentions, the facts only it supported
// (node and direct edge) and the entities left with no mention and no
// fact. Facts reported elsewhere stay, with claims and edge facets
// recomputed from the remaining mentions. Aliases are not tracked per
// article and stay.
//
// Reads go through Query (DQL with variables; user text only as variables).
package graph
