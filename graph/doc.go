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
//     identified with it; name_skeleton/name_code = transliteration
//     skeleton and Kölner Phonetik code of each alias (persons: of the
//     surname), for finding spelling variants; merge_log = the user's
//     merges and splits.
//   - Report: what one article said about one entity (reported_in the
//     article, report_of the entity): the names it gave (report_alias,
//     report_canonical) and why they joined the entity (merge_log: the
//     cross-article decision, and the resolver's merges within the
//     article from Analysis.Merges).
//   - Article: xid = content hash (newsgraph.ArticleXID); origin = url:URL or
//     file:SOURCE/FILE, which identifies versions of one article; analysis =
//     hash of what extraction made of it; text and metadata, so that it can
//     be extracted again.
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
//     role, former taken from the Fact's earliest report (edge_report:
//     published date, article xid, sentence), whatever the load order.
//   - Distinct: a user's decision that two entity keys are not one entity.
//   - Joined: a user's decision that two entity keys are one entity
//     (MergeEntities); it outlives the entity, so that when the entity is
//     forgotten and loaded again either key joins the other's.
//
// # Writes
//
// Save writes one article in one transaction: one query reads whether the
// article is stored and which stored entities its entities are (identity.go),
// a second which of its entities and facts exist, then one request writes
// N-Quads against those uids (new nodes as blank nodes) with CommitNow.
// xid and alias_folded are @upsert, so two transactions creating one key,
// or one entity under two keys, conflict and one aborts; aborted and
// unavailable operations are rerun from the start in a new transaction with
// jittered exponential backoff, bounded by Store.MaxAttempts (a restarted
// alpha is waited for). Only new values are written, so loaders touching
// the same entities do not conflict for nothing.
//
// An article whose content hash and analysis hash are stored is not written
// again (StatusUnchanged). The same text with a different analysis, or an
// article with a stored origin but new text, replaces the stored version
// (StatusUpdated): Forget(old), then save (two transactions; a crash in
// between leaves the new version to be saved as new on rerun). A file that
// holds several articles gives them no origin (SaveAs with "").
//
// Cross-article identity (identity.go): an entity key not in the graph is
// looked up among stored entities of its type by folded form, skeleton and
// Kölner code, and judged by the resolver's rules (package names): a
// shared full name; for persons a shared or similar surname with
// compatible given names; for states and places a similar name. The best
// candidate, unless two tie, makes it that entity; its key is recorded as
// merged_key and the reason in the article's Report. MergeEntities and
// SplitEntity let a user correct this; a split is kept as a Distinct node
// that later loads obey.
//
// Forget deletes the article, its mentions, the facts only it supported
// (node and direct edge) and the entities left with no mention and no
// fact. Facts reported elsewhere stay, with claims and edge facets
// recomputed from the remaining mentions. Names only the forgotten article
// gave an entity (by its Report) go. Dgraph sees no conflict between a
// Forget deleting an orphaned entity or fact, or pruning a name, and a
// concurrent Save adding a mention of it or giving the name too (reverse
// edges have no conflict keys, and Save does not rewrite names it reads
// as present), so both check after committing and the one that commits
// last writes the node or the names back (repair.go). Two Forgets of the
// last articles of an entity each see the other's article and keep it, so
// a Forget also sweeps, after committing, the nodes it kept and deletes
// those nothing refers to any more. A merged key stays while a Report
// names it (the article that joined it, or a later one that came in by it:
// "key merged earlier").
//
// The merge log is one line per decision (mergelog.go writes and parses
// them: ParseMergeLog); Reports carry the resolver's and the cross-article
// identity's, the entity the user's. `newsgraph query actor` shows them.
//
// Reads go through Query (DQL with variables; user text only as variables);
// Counts and SubgraphCounts count nodes by type and edges by predicate.
package graph
