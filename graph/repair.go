package graph

import (
	"context"
	"encoding/json"
	"slices"

	"github.com/dgraph-io/dgo/v230/protos/api"
	"github.com/newsgraph/newsgraph"
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
	Types []string `json:"dgraph.type"`
}

// verifySaved checks that the existing entities a Save used (uid → data)
// still exist, and writes back those a concurrent Forget deleted.
func (s *Store) verifySaved(ctx context.Context, used map[string]entityData) error {
	if len(used) == 0 {
		return nil
	}
	var uids []string
	for u := range used {
		uids = append(uids, u)
	}
	slices.Sort(uids)
	list, err := uidList(uids)
	if err != nil {
		return err
	}
	out, err := s.Query(ctx, `{ q(func: uid(`+list+`)) @filter(has(xid)) { uid } }`, nil)
	if err != nil {
		return err
	}
	var got struct {
		Q []uidOnly `json:"q"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		return err
	}
	for _, u := range uids {
		if !slices.ContainsFunc(got.Q, func(o uidOnly) bool { return o.UID == u }) {
			if err := s.restore(ctx, u, used[u]); err != nil {
				return err
			}
		}
	}
	return nil
}

// verifyForgotten checks that the entities Forget deleted have no
// references, and writes back those a concurrent Save referred to.
func (s *Store) verifyForgotten(ctx context.Context, deleted map[string]entityData) error {
	if len(deleted) == 0 {
		return nil
	}
	var uids []string
	for u := range deleted {
		uids = append(uids, u)
	}
	slices.Sort(uids)
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
	for _, r := range got.Q {
		if r.M+r.A+r.P+r.L > 0 {
			if err := s.restore(ctx, r.UID, deleted[r.UID]); err != nil {
				return err
			}
		}
	}
	return nil
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
		_, err = txn.Do(ctx, &api.Request{Mutations: []*api.Mutation{{SetNquads: q.bytes()}}, CommitNow: true})
		return err
	})
}
