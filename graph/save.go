package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/dgraph-io/dgo/v230"
	"github.com/dgraph-io/dgo/v230/protos/api"
	"github.com/newsgraph/newsgraph"
)

var _ newsgraph.GraphWriter = (*Store)(nil)

// Save stores one analysis in one transaction, idempotently: nodes are
// keyed by xid, an article already stored under the same content hash is
// not written again (StatusUnchanged), and an article with a known origin
// (URL, or source and file) but new content replaces the older version
// (StatusUpdated: the old one is forgotten first, then the new one saved).
// Transaction conflicts with concurrent writers and an unavailable alpha
// are retried with backoff.
//
// The origin is Origin(a.Article): the URL, else source and file name. For
// an article from a file that holds several (a corpus), the file name does
// not identify it: use SaveAs with origin "".
func (s *Store) Save(ctx context.Context, a newsgraph.Analysis) (newsgraph.LoadResult, error) {
	return s.SaveAs(ctx, a, Origin(a.Article))
}

// SaveAs is Save with the origin given: the identity of the article across
// versions of its content (see Origin), or "" when it has none, in which
// case a changed text is simply a new article.
func (s *Store) SaveAs(ctx context.Context, a newsgraph.Analysis, origin string) (newsgraph.LoadResult, error) {
	p, err := newPlan(a)
	if err != nil {
		return newsgraph.LoadResult{}, err
	}
	p.origin = origin
	a.Article.XID = p.article.XID
	analysis := p.analysisHash()
	res := newsgraph.LoadResult{XID: p.article.XID, Status: newsgraph.StatusNew,
		Entities: len(p.entities), Relations: len(p.facts)}
	what := "saving " + describe(p.article)
	for round := 0; round < 3; round++ {
		var older string
		var unchanged bool
		var used map[string]entityData // existing entities the write refers to
		var usedFacts map[string]factData
		err := s.retry(ctx, what, func(ctx context.Context) error {
			older, unchanged, used, usedFacts = "", false, nil, nil
			txn := s.dg.NewTxn()
			defer txn.Discard(ctx)
			an, merged, reasons, st, err := identify(ctx, txn, a, origin)
			if err != nil {
				return err
			}
			if st.stored && st.analysis == analysis {
				unchanged = true
				return nil
			}
			if st.stored {
				// Same text, extracted differently: store it again.
				older = a.Article.XID
				return nil
			}
			if st.older != "" {
				older = st.older
				return nil
			}
			p, err := newPlan(an)
			if err != nil {
				return err
			}
			p.origin = origin
			found, err := lookup(ctx, txn, p)
			if err != nil {
				return err
			}
			set := build(p, found, merged, reasons, analysis)
			used = map[string]entityData{}
			for _, e := range p.entities {
				if uid, ok := found.uids[e.xid]; ok {
					d := entityData{known: found.stored[e.xid], claimAlias: e.aliases, claimCanon: e.canonicals, claimKeys: merged[e.xid]}
					d.Types = []string{string(e.typ)}
					// Written back as this Save would have left it.
					d.Name = chooseName(uniqueSorted(append(slices.Clone(d.Canonical), e.canonicals...)), uniqueSorted(append(slices.Clone(d.Alias), e.aliases...)))
					d.Alias = uniqueSorted(append(slices.Clone(d.Alias), e.aliases...))
					d.Canonical = uniqueSorted(append(slices.Clone(d.Canonical), e.canonicals...))
					for _, al := range e.aliases {
						d.Forms = append(d.Forms, Fold(al))
					}
					d.Forms = uniqueSorted(d.Forms)
					d.Merged = uniqueSorted(append(slices.Clone(d.Merged), merged[e.xid]...))
					used[uid] = d
				}
			}
			usedFacts = map[string]factData{}
			for _, fa := range p.facts {
				uid, ok := found.uids[fa.xid]
				if !ok {
					continue
				}
				fd := factData{XID: fa.xid, Relation: fa.relation, Agent: found.uids[fa.subject],
					Patient: found.uids[fa.object], Place: found.uids[fa.place]}
				fd.Name = factLabel(fa.relation, p.nameOf(fa.subject), p.nameOf(fa.object))
				usedFacts[uid] = fd
			}
			if testHookSaveBeforeCommit != nil {
				testHookSaveBeforeCommit()
			}
			_, err = txn.Do(ctx, &api.Request{
				Mutations: []*api.Mutation{{SetNquads: set.bytes()}},
				CommitNow: true,
			})
			return err
		})
		switch {
		case err != nil:
			return res, err
		case unchanged:
			if res.Status != newsgraph.StatusUpdated {
				res.Status = newsgraph.StatusUnchanged
			}
			return res, nil
		case older != "":
			if _, err := s.Forget(ctx, older); err != nil && newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
				return res, err
			}
			res.Status = newsgraph.StatusUpdated
			continue
		}
		return res, s.verifySaved(ctx, used, usedFacts)
	}
	return res, newsgraph.Errorf(newsgraph.ECONFLICT, "%s: other versions of the article keep arriving", what)
}

func describe(a newsgraph.Article) string {
	if a.File != "" {
		return a.File
	}
	return a.XID
}

// found is what a Save transaction read: the uids of nodes that exist.
type found struct {
	uids    map[string]string // entity and fact xid → uid
	stored  map[string]known  // entity xid → what is stored
	aliases map[string][]string
}

// lookup reads, in the Save transaction, which of the plan's nodes exist.
// Writing a node that another transaction created meanwhile conflicts on
// the @upsert index of xid and aborts one of them.
func lookup(ctx context.Context, txn *dgo.Txn, p *plan) (found, error) {
	keys := make([]string, 0, len(p.entities)+len(p.facts))
	for _, e := range p.entities {
		keys = append(keys, e.xid)
	}
	for _, f := range p.facts {
		keys = append(keys, f.xid)
	}
	f := found{uids: map[string]string{}, stored: map[string]known{}, aliases: map[string][]string{}}
	var b batchQuery
	b.addList("x", "(func: eq(xid, %s)) { uid xid name canonical alias_folded alias merged_key merge_log edge_report name_skeleton name_code }", keys)
	raw, err := b.run(ctx, txn)
	if err != nil {
		return found{}, err
	}
	for _, r := range raw.list("x") {
		f.uids[r.XID] = r.UID
		f.stored[r.XID] = r
		f.aliases[r.XID] = r.Alias
	}
	return f, nil
}

// build writes the plan as N-Quads against what exists. merged lists, per
// stored entity key, the incoming keys identify joined to it, and reasons
// why (by incoming key).
func build(p *plan, f found, merged map[string][]string, reasons map[string]string, analysis string) *nquads {
	q := &nquads{}
	a := p.article
	const art = "_:article"
	q.str(art, "dgraph.type", "Article")
	q.str(art, "xid", a.XID)
	q.str(art, "name", articleName(a))
	q.str(art, "analysis", analysis)
	for pred, v := range map[string]string{
		"title": a.Title, "source": a.Source, "url": a.URL, "file": a.File,
		"format": a.Format, "published": a.Date, "text": a.Text, "origin": p.origin,
	} {
		if v != "" {
			q.str(art, pred, v)
		}
	}
	for _, au := range a.Authors {
		if strings.TrimSpace(au) != "" {
			q.str(art, "author", au)
		}
	}

	node := map[string]string{} // xid → uid or blank node
	names := map[string]string{}
	for i, e := range p.entities {
		n, exists := f.uids[e.xid]
		if !exists {
			n = fmt.Sprintf("_:e%d", i)
			q.str(n, "dgraph.type", string(e.typ))
			q.str(n, "xid", e.xid)
		}
		node[e.xid] = n
		st := f.stored[e.xid]
		canon := uniqueSorted(append(slices.Clone(st.Canonical), e.canonicals...))
		aliases := uniqueSorted(append(slices.Clone(f.aliases[e.xid]), e.aliases...))
		name := chooseName(canon, aliases)
		names[e.xid] = name
		if !exists || name != st.Name {
			q.str(n, "name", name)
			q.str(n, "name_folded", Fold(name))
		}
		// Only what is new: rewriting a stored value of an @upsert
		// predicate would make concurrent loaders conflict for nothing.
		for _, c := range e.canonicals {
			if !slices.Contains(st.Canonical, c) {
				q.str(n, "canonical", c)
			}
		}
		for _, al := range e.aliases {
			if !slices.Contains(f.aliases[e.xid], al) {
				q.str(n, "alias", al)
			}
			if fl := Fold(al); !slices.Contains(st.Forms, fl) {
				q.str(n, "alias_folded", fl)
				st.Forms = append(st.Forms, fl)
			}
		}
		for _, k := range merged[e.xid] {
			if !slices.Contains(st.Merged, k) {
				q.str(n, "merged_key", k)
			}
		}
		skels, codes := nameKeys(e.typ, st.Forms)
		for _, v := range skels {
			if !slices.Contains(st.Skeletons, v) {
				q.str(n, "name_skeleton", v)
			}
		}
		for _, v := range codes {
			if !slices.Contains(st.Codes, v) {
				q.str(n, "name_code", v)
			}
		}
		// What this article said about the entity: Forget removes the
		// names only it supported; merge_log says why they joined.
		r := fmt.Sprintf("_:r%d", i)
		q.str(r, "dgraph.type", "Report")
		q.str(r, "xid", hashID("report:", a.XID, e.xid))
		q.str(r, "name", name+" @ "+articleName(a))
		q.edge(r, "reported_in", art)
		q.edge(r, "report_of", n)
		for _, al := range e.aliases {
			q.str(r, "report_alias", al)
		}
		for _, c := range e.canonicals {
			q.str(r, "report_canonical", c)
		}
		for _, k := range merged[e.xid] {
			if why := reasons[k]; why != "" {
				q.str(r, "merge_log", why)
			}
		}
		for _, m := range p.merges[e.xid] {
			q.str(r, "merge_log", m)
		}
	}
	for i, fa := range p.facts {
		n, exists := f.uids[fa.xid]
		report := reportKey(a.Date, a.XID, fa.first.Evidence.Index)
		if !exists {
			n = fmt.Sprintf("_:f%d", i)
			q.str(n, "dgraph.type", "Fact")
			q.str(n, "xid", fa.xid)
			q.str(n, "name", factLabel(fa.relation, names[fa.subject], names[fa.object]))
			q.str(n, "relation", fa.relation)
			if fa.subject != "" {
				q.edge(n, "agent", node[fa.subject])
			}
			q.edge(n, "patient", node[fa.object])
			if fa.place != "" {
				q.edge(n, "place", node[fa.place])
			}
		}
		if fa.subject != "" && (!exists || report < f.stored[fa.xid].EdgeReport) {
			// New, or this report is earlier than the one on the edge.
			q.str(n, "edge_report", report)
			q.edge(node[fa.subject], fa.relation, node[fa.object], edgeFacets(a.XID, fa.first)...)
		}
		node[fa.xid] = n
		if fa.cameo != "" {
			q.str(n, "cameo", fa.cameo)
		}
		for _, d := range fa.dates {
			q.str(n, "dates", d)
		}
		for _, c := range fa.counts {
			q.int(n, "counts", c)
		}
		for _, r := range fa.roles {
			q.str(n, "roles", r)
		}
	}
	for i, m := range p.mentions {
		n := fmt.Sprintf("_:m%d", i)
		q.str(n, "dgraph.type", "Mention")
		q.str(n, "xid", m.xid)
		q.str(n, "name", m.name)
		q.edge(n, "article", art)
		q.edge(n, "mention_of", node[m.of])
		if m.sentence != "" {
			q.str(n, "sentence", m.sentence)
		}
		q.int(n, "sentence_index", m.index)
		q.int(n, "span_start", m.span.Start)
		q.int(n, "span_end", m.span.End)
		if m.surface != "" {
			q.str(n, "surface", m.surface)
		}
		if m.cue != "" {
			q.str(n, "cue", m.cue)
		}
		if m.confidence != 0 {
			q.float(n, "confidence", m.confidence)
		}
		writeClaim(q, n, m.attrs)
	}
	return q
}

func writeClaim(q *nquads, n string, at newsgraph.Attrs) {
	if at.Date != "" {
		q.str(n, "date", at.Date)
	}
	if at.DatePrecision != "" {
		q.str(n, "date_precision", at.DatePrecision)
	}
	if at.Count > 0 {
		q.int(n, "count", at.Count)
	}
	if at.Role != "" {
		q.str(n, "role", at.Role)
	}
	if at.Former {
		q.bool(n, "former", true)
	}
}

// edgeFacets are the evidence on a direct edge: the report that created it.
func edgeFacets(articleXID string, r newsgraph.Relation) []facet {
	fs := []facet{{"article", articleXID}}
	if r.Evidence.Sentence != "" {
		fs = append(fs, facet{"sentence", r.Evidence.Sentence})
	}
	if r.Attrs.Date != "" {
		fs = append(fs, facet{"date", r.Attrs.Date})
	}
	if r.Attrs.Count > 0 {
		fs = append(fs, facet{"count", r.Attrs.Count})
	}
	if r.Evidence.Confidence > 0 {
		fs = append(fs, facet{"confidence", r.Evidence.Confidence})
	}
	if r.Attrs.Role != "" {
		fs = append(fs, facet{"role", r.Attrs.Role})
	}
	if r.Attrs.Former {
		fs = append(fs, facet{"former", true})
	}
	return fs
}

// factLabel names a Fact node for Ratel: "dismissed: Tokajew → Abdymomunow".
func factLabel(relation, subject, object string) string {
	if subject == "" {
		subject = "?"
	}
	return relation + ": " + subject + " → " + object
}
