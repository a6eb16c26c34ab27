package server

import (
	"context"
	"encoding/json"
	"sort"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/query"
)

// GraphQueries answers the read endpoints from the graph through package
// query, the same code as `newsgraph query`.
type GraphQueries struct {
	store  query.Querier
	client *query.Client
}

var _ Queries = (*GraphQueries)(nil)

// NewGraphQueries returns the read side over a graph (a *graph.Store).
func NewGraphQueries(q query.Querier) *GraphQueries {
	return &GraphQueries{store: q, client: query.New(q)}
}

// EntitySearch is the answer of GET /v1/entities?q=NAME.
type EntitySearch struct {
	Query    string            `json:"query"`
	Entities []query.Candidate `json:"entities"`
}

// SearchEntities lists the entities name may mean, best first: exact
// matches of xid, name or alias (case and accents aside), then spelling
// variants, word matches, prefixes and near spellings (query.Search); each
// says how it matched and with what score.
func (g *GraphQueries) SearchEntities(ctx context.Context, name string, limit int) (any, error) {
	cands, err := g.client.Search(ctx, name, limit)
	if err != nil {
		return nil, err
	}
	if cands == nil {
		cands = []query.Candidate{}
	}
	return EntitySearch{Query: name, Entities: cands}, nil
}

// Entity returns the profile of the entity with the given xid (a name
// works too, as with `newsgraph query actor`).
func (g *GraphQueries) Entity(ctx context.Context, xid string) (any, error) {
	return g.client.Actor(ctx, xid)
}

// Relations lists the facts matching f.
func (g *GraphQueries) Relations(ctx context.Context, f RelationFilter) (any, error) {
	return g.client.Relations(ctx, f.Type, f.From, f.To)
}

// ArticleView is a stored article with what the graph took from it.
type ArticleView struct {
	XID       string      `json:"xid"`
	Title     string      `json:"title,omitempty"`
	Source    string      `json:"source,omitempty"`
	URL       string      `json:"url,omitempty"`
	File      string      `json:"file,omitempty"`
	Format    string      `json:"format,omitempty"`
	Published string      `json:"published,omitempty"`
	Authors   []string    `json:"authors,omitempty"`
	Text      string      `json:"text"`
	Entities  []query.Ref `json:"entities"`
	Facts     []FactRef   `json:"facts"`
}

// FactRef names one fact the article supports.
type FactRef struct {
	XID      string `json:"xid"`
	Relation string `json:"relation"`
	Name     string `json:"name,omitempty"`
}

const articleQuery = `query article($xid: string) {
	a(func: eq(xid, $xid)) @filter(type(Article)) {
		xid title source url file format published author text
		mentions: ~article {
			of: mention_of { xid name relation dgraph.type }
		}
	}
}`

// Article returns the stored article with the given xid, the entities it
// mentions and the facts it supports.
func (g *GraphQueries) Article(ctx context.Context, xid string) (any, error) {
	out, err := g.store.Query(ctx, articleQuery, map[string]string{"$xid": xid})
	if err != nil {
		return nil, err
	}
	var res struct {
		A []struct {
			XID       string   `json:"xid"`
			Title     string   `json:"title"`
			Source    string   `json:"source"`
			URL       string   `json:"url"`
			File      string   `json:"file"`
			Format    string   `json:"format"`
			Published string   `json:"published"`
			Author    []string `json:"author"`
			Text      string   `json:"text"`
			Mentions  []struct {
				Of struct {
					XID      string   `json:"xid"`
					Name     string   `json:"name"`
					Relation string   `json:"relation"`
					Types    []string `json:"dgraph.type"`
				} `json:"of"`
			} `json:"mentions"`
		} `json:"a"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		return nil, newsgraph.Wrap(newsgraph.EINTERNAL, err, "decoding the article query")
	}
	if len(res.A) == 0 {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "no article %s in the graph", xid)
	}
	a := res.A[0]
	v := ArticleView{XID: a.XID, Title: a.Title, Source: a.Source, URL: a.URL, File: a.File, Format: a.Format,
		Published: a.Published, Authors: a.Author, Text: a.Text, Entities: []query.Ref{}, Facts: []FactRef{}}
	seen := map[string]bool{}
	for _, m := range a.Mentions {
		of := m.Of
		if of.XID == "" || seen[of.XID] {
			continue
		}
		seen[of.XID] = true
		if of.Relation != "" {
			v.Facts = append(v.Facts, FactRef{XID: of.XID, Relation: of.Relation, Name: of.Name})
			continue
		}
		typ := ""
		if len(of.Types) > 0 {
			typ = of.Types[0]
		}
		v.Entities = append(v.Entities, query.Ref{XID: of.XID, Name: of.Name, Type: typ})
	}
	sort.Slice(v.Entities, func(i, j int) bool { return v.Entities[i].XID < v.Entities[j].XID })
	sort.Slice(v.Facts, func(i, j int) bool { return v.Facts[i].XID < v.Facts[j].XID })
	return v, nil
}
