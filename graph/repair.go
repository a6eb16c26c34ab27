package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/dgraph-io/dgo/v230/protos/api"
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/schema"
)

// Forget deletes an entity that its reading found without references. A
// Save running at the same time may add a mention of that entity: Dgraph
// detects no conflict there (reverse edges have no conflict keys, and Save
// does not write the entity itself, lest every Save that shares an entity
// conflict). Whichever of the two commits last therefore checks afterwards:
// Save that the existing entities it used still exist, Forget that the
// entities it deleted are still unreferenced. The one that finds the
// problem writes the entity back on its uid, so no reference dangles.

// Test hooks: run between reading and committing.
var (
	testHookSaveBeforeCommit   func()
	testHookForgetBeforeCommit func()
)

// stored entity data, enough to write an entity back.
type entityData struct {
	known
	// claimAlias and claimCanon are the names a Save's article gives the
	// entity (its Report's), which the entity must have after the Save.
	claimAlias, claimCanon []string
	claimKeys              []string // keys the Save's Report says joined the entity
}

// factData is enough of a Fact to write it back; its claims and edge come
// from its mentions.
type factData struct {
	XID, Name, Relation   string
	Agent, Patient, Place string // uids
}

func sortedKeys[T any](m map[string]T) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// verifySaved checks that the existing entities and facts a Save used
// (uid → data) still exist, and writes back those a concurrent Forget
// deleted: entities first, as a fact written back points at them.
func (s *Store) verifySaved(ctx context.Context, used map[string]entityData, usedFacts map[string]factData) error {
	uids := append(sortedKeys(used), sortedKeys(usedFacts)...)
	if len(uids) == 0 {
		return nil
	}
	list, err := uidList(uids)
	if err != nil {
		return err
	}
	out, err := s.Query(ctx, `{ q(func: uid(`+list+`)) @filter(has(xid)) { uid alias canonical merged_key } }`, nil)
	if err != nil {
		return err
	}
	var got struct {
		Q []known `json:"q"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		return err
	}
	var unnamed []string // entities lacking names this Save gives them
	for _, u := range uids {
		i := slices.IndexFunc(got.Q, func(o known) bool { return o.UID == u })
		if i >= 0 {
			// A Forget that committed while this Save ran may have
			// pruned a name this Save relied on finding (and so did not
			// write).
			if e, ok := used[u]; ok && (!subset(e.claimAlias, got.Q[i].Alias) || !subset(e.claimCanon, got.Q[i].Canonical) ||
				!subset(e.claimKeys, got.Q[i].Merged)) {
				unnamed = append(unnamed, u)
			}
			continue
		}
		if e, ok := used[u]; ok {
			err = s.restore(ctx, u, e)
		} else {
			err = s.restoreFact(ctx, u, usedFacts[u])
		}
		if err != nil {
			return err
		}
	}
	return s.restoreNames(ctx, unnamed)
}

// subset reports whether every element of a is in b.
func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// restoreNames gives entities back the names their Reports claim but they
// lack: aliases with their folded forms, skeletons and codes, canonical
// names, and the name chosen from them; and the keys the Reports say
// joined them (merged_key). A Forget prunes the names only its
// article gave, judging by the Reports it reads; a Save that commits
// meanwhile, giving one of those names too, does not write a name it read
// as present. Whichever of the two commits last calls this. It only adds.
func (s *Store) restoreNames(ctx context.Context, uids []string) error {
	if len(uids) == 0 {
		return nil
	}
	list, err := uidList(uids)
	if err != nil {
		return err
	}
	return s.retry(ctx, "restoring names", func(ctx context.Context) error {
		txn := s.dg.NewTxn()
		defer txn.Discard(ctx)
		resp, err := txn.Query(ctx, `{ q(func: uid(`+list+`)) @filter(has(xid)) {
  uid xid dgraph.type name alias canonical alias_folded name_skeleton name_code merged_key
  reports: ~report_of { report_alias report_canonical merge_log }
} }`)
		if err != nil {
			return err
		}
		var got struct {
			Q []refNode `json:"q"`
		}
		if err := json.Unmarshal(resp.Json, &got); err != nil {
			return err
		}
		// Keys a Report says joined an entity that it lacks, unless a user
		// split them apart since.
		lacking := map[string][]string{} // uid → keys
		var all []string
		for _, n := range got.Q {
			for _, r := range n.Reports {
				for _, k := range joinedKeys(r.MergeLog) {
					if k != n.XID && !slices.Contains(n.Merged, k) && !slices.Contains(lacking[n.UID], k) {
						lacking[n.UID] = append(lacking[n.UID], k)
						all = append(all, k, n.XID)
					}
				}
			}
		}
		split := map[[2]string]bool{}
		if len(all) > 0 {
			var b batchQuery
			b.addList("d", "(func: eq(distinct_key, %s)) @filter(type(Distinct)) { distinct_key }", uniqueSorted(all))
			raw, err := b.run(ctx, txn)
			if err != nil {
				return err
			}
			for _, d := range raw.list("d") {
				for _, x := range d.Keys {
					for _, y := range d.Keys {
						split[[2]string{x, y}] = true
					}
				}
			}
		}
		set := &nquads{}
		for _, n := range got.Q {
			var alias, canon []string
			for _, r := range n.Reports {
				alias = append(alias, r.Alias...)
				canon = append(canon, r.Canonical...)
			}
			for _, k := range lacking[n.UID] {
				if !split[[2]string{n.XID, k}] {
					set.str(n.UID, "merged_key", k)
				}
			}
			forms := slices.Clone(n.Forms)
			for _, al := range uniqueSorted(alias) {
				if !slices.Contains(n.Alias, al) {
					set.str(n.UID, "alias", al)
				}
				if f := Fold(al); !slices.Contains(forms, f) {
					set.str(n.UID, "alias_folded", f)
					forms = append(forms, f)
				}
			}
			for _, c := range uniqueSorted(canon) {
				if !slices.Contains(n.Canonical, c) {
					set.str(n.UID, "canonical", c)
				}
			}
			for _, t := range n.Types {
				if !slices.Contains(newsgraph.EntityTypes, newsgraph.EntityType(t)) {
					continue
				}
				skels, codes := nameKeys(newsgraph.EntityType(t), forms)
				for _, v := range skels {
					if !slices.Contains(n.Skeletons, v) {
						set.str(n.UID, "name_skeleton", v)
					}
				}
				for _, v := range codes {
					if !slices.Contains(n.Codes, v) {
						set.str(n.UID, "name_code", v)
					}
				}
			}
			name := chooseName(uniqueSorted(append(slices.Clone(n.Canonical), canon...)), uniqueSorted(append(slices.Clone(n.Alias), alias...)))
			if name != "" && name != n.Name {
				set.str(n.UID, "name", name)
				set.str(n.UID, "name_folded", Fold(name))
			}
		}
		if set.n == 0 {
			return nil
		}
		_, err = txn.Do(ctx, &api.Request{Mutations: []*api.Mutation{{SetNquads: set.bytes()}}, CommitNow: true})
		return err
	})
}

// verifyForgotten checks that the entities and facts Forget deleted have
// no references, and writes back those a concurrent Save referred to.
func (s *Store) verifyForgotten(ctx context.Context, deleted map[string]entityData, deletedFacts map[string]factData) error {
	uids := append(sortedKeys(deleted), sortedKeys(deletedFacts)...)
	if len(uids) == 0 {
		return nil
	}
	list, err := uidList(uids)
	if err != nil {
		return err
	}
	out, err := s.Query(ctx, `{ q(func: uid(`+list+`)) {
  uid m: count(~mention_of) a: count(~agent) p: count(~patient) l: count(~place) } }`, nil)
	if err != nil {
		return err
	}
	var got struct {
		Q []struct {
			UID        string `json:"uid"`
			M, A, P, L int
		} `json:"q"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		return err
	}
	// Entities first: a fact written back points at them.
	for _, r := range got.Q {
		if _, ok := deleted[r.UID]; ok && r.M+r.A+r.P+r.L > 0 {
			if err := s.restore(ctx, r.UID, deleted[r.UID]); err != nil {
				return err
			}
		}
	}
	for _, r := range got.Q {
		if _, ok := deletedFacts[r.UID]; ok && r.M > 0 {
			if err := s.restoreFact(ctx, r.UID, deletedFacts[r.UID]); err != nil {
				return err
			}
		}
	}
	return nil
}

// restoreFact writes a fact back on its uid, with claims and direct edge
// from the mentions that refer to it now.
func (s *Store) restoreFact(ctx context.Context, uid string, f factData) error {
	return s.retry(ctx, "restoring "+f.XID, func(ctx context.Context) error {
		txn := s.dg.NewTxn()
		defer txn.Discard(ctx)
		list, err := uidList([]string{uid})
		if err != nil {
			return err
		}
		resp, err := txn.QueryWithVars(ctx, `query q($k: string) {
  other(func: eq(xid, $k)) { uid }
  f(func: uid(`+list+`)) { ~mention_of { `+mentionRefFields+` } }
}`, map[string]string{"$k": f.XID})
		if err != nil {
			return err
		}
		var got struct {
			Other []uidOnly `json:"other"`
			F     []struct {
				Mentions []mentionRef `json:"~mention_of"`
			} `json:"f"`
		}
		if err := json.Unmarshal(resp.Json, &got); err != nil {
			return err
		}
		for _, o := range got.Other {
			if o.UID != uid {
				return newsgraph.Errorf(newsgraph.ECONFLICT,
					"fact %s was forgotten while an article reporting it was saved, and created again; forget and reload the articles that report it", f.XID)
			}
		}
		if !schema.IsRelation(f.Relation) {
			return fmt.Errorf("fact %s has unknown relation %q", f.XID, f.Relation)
		}
		q := &nquads{}
		q.str(uid, "dgraph.type", "Fact")
		q.str(uid, "xid", f.XID)
		q.str(uid, "name", f.Name)
		q.str(uid, "relation", f.Relation)
		for pred, to := range map[string]string{"agent": f.Agent, "patient": f.Patient, "place": f.Place} {
			if to != "" {
				q.edge(uid, pred, to)
			}
		}
		var ms []mentionRef
		for _, x := range got.F {
			ms = append(ms, x.Mentions...)
		}
		writeClaims(q, uid, f.Relation, f.Agent, f.Patient, ms)
		_, err = txn.Do(ctx, &api.Request{Mutations: []*api.Mutation{{SetNquads: q.bytes()}}, CommitNow: true})
		return err
	})
}

// restore writes an entity's data back on its uid, unless another node has
// taken its key meanwhile: then the references cannot be repaired here and
// the caller learns which article to reload.
func (s *Store) restore(ctx context.Context, uid string, e entityData) error {
	return s.retry(ctx, "restoring "+e.XID, func(ctx context.Context) error {
		txn := s.dg.NewTxn()
		defer txn.Discard(ctx)
		resp, err := txn.QueryWithVars(ctx, `query q($k: string) { q(func: eq(xid, $k)) { uid } }`, map[string]string{"$k": e.XID})
		if err != nil {
			return err
		}
		var got struct {
			Q []uidOnly `json:"q"`
		}
		if err := json.Unmarshal(resp.Json, &got); err != nil {
			return err
		}
		for _, o := range got.Q {
			if o.UID != uid {
				return newsgraph.Errorf(newsgraph.ECONFLICT,
					"entity %s was forgotten while an article mentioning it was saved, and created again; forget and reload the articles that mention it", e.XID)
			}
		}
		q := &nquads{}
		for _, t := range e.Types {
			q.str(uid, "dgraph.type", t)
		}
		q.str(uid, "xid", e.XID)
		q.str(uid, "name", e.Name)
		q.str(uid, "name_folded", Fold(e.Name))
		for _, v := range e.Alias {
			q.str(uid, "alias", v)
		}
		for _, v := range e.Forms {
			q.str(uid, "alias_folded", v)
		}
		for _, v := range e.Canonical {
			q.str(uid, "canonical", v)
		}
		for _, v := range e.Merged {
			q.str(uid, "merged_key", v)
		}
		for _, v := range e.MergeLog {
			q.str(uid, "merge_log", v)
		}
		if len(e.Types) > 0 {
			skels, codes := nameKeys(newsgraph.EntityType(e.Types[0]), e.Forms)
			for _, v := range skels {
				q.str(uid, "name_skeleton", v)
			}
			for _, v := range codes {
				q.str(uid, "name_code", v)
			}
		}
		_, err = txn.Do(ctx, &api.Request{Mutations: []*api.Mutation{{SetNquads: q.bytes()}}, CommitNow: true})
		return err
	})
}
