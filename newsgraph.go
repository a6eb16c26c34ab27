// Package newsgraph holds the domain types shared by every stage of the
// pipeline: article → document → mentions → entities → relations → graph.
//
// The types here depend on nothing but the standard library. Infrastructure
// (Dgraph, HTTP, file formats) lives in sub-packages that import this one,
// never the other way round.
package newsgraph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Article is one news article as read from a source, boilerplate removed.
// All character offsets elsewhere in the pipeline are byte offsets into Text.
type Article struct {
	XID     string   `json:"xid"`               // stable id: see ArticleXID
	File    string   `json:"file,omitempty"`    // base name of the file it was read from
	Format  string   `json:"format,omitempty"`  // name of the loader that read it
	Source  string   `json:"source,omitempty"`  // outlet (taz, nd, AFP, …) or "unknown"
	URL     string   `json:"url,omitempty"`     // canonical URL where known
	Title   string   `json:"title,omitempty"`   // headline
	Date    string   `json:"date,omitempty"`    // ISO 8601 as precise as known: 2022-01-09, 2022-01
	Authors []string `json:"authors,omitempty"` // bylines
	Text    string   `json:"text"`              // body text, NFC, boilerplate removed
}

// ArticleXID derives an article's stable id from its normalised content, so
// the same text loaded from any path gets the same node.
func ArticleXID(text string) string {
	// Hash the fields one by one: same result as hashing NormalizeText(text)
	// without building the joined copy (this dominates bulk corpus loads).
	h := sha256.New()
	s := text
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	for i, f := range strings.Fields(s) {
		if i > 0 {
			h.Write([]byte{' '})
		}
		io.WriteString(h, f)
	}
	return "article:" + hex.EncodeToString(h.Sum(nil)[:12])
}

// NormalizeText folds what differs between copies of one article but not
// its content: Unicode composition, line endings and runs of white space.
func NormalizeText(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// EntityType is the kind of a real-world referent.
type EntityType string

// The entity types of the vocabulary (see ../shared/gold/README.md).
const (
	Person       EntityType = "Person"
	Organization EntityType = "Organization"
	State        EntityType = "State"
	Place        EntityType = "Place"
	Event        EntityType = "Event"
)

// EntityTypes lists every entity type in a stable order.
var EntityTypes = []EntityType{Person, Organization, State, Place, Event}

// Span is a half-open byte range [Start, End) in Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Text     string     `json:"text"`
	Span     Span       `json:"span"`
	Sentence int        `json:"sentence"` // index into the document's sentences
	Type     EntityType `json:"type"`
	Cue      string     `json:"cue,omitempty"` // the rule or lexicon entry that found it
}

// Entity is one real-world referent with every surface form it had.
type Entity struct {
	Key      string     `json:"key"`  // canonical key, stable across articles: see EntityKey
	Name     string     `json:"name"` // canonical display name
	Type     EntityType `json:"type"`
	Aliases  []string   `json:"aliases,omitempty"`
	Mentions []Mention  `json:"mentions,omitempty"`
}

// EntityKey builds the canonical key for an entity of type t whose canonical
// form (already folded by the resolver) is canon.
func EntityKey(t EntityType, canon string) string {
	return strings.ToLower(string(t)) + ":" + canon
}

// Evidence ties a relation to the text that supports it.
type Evidence struct {
	ArticleXID string  `json:"article"`
	Sentence   string  `json:"sentence"`
	Index      int     `json:"index"` // sentence index in the article
	Span       Span    `json:"span"`  // the sentence's span in Article.Text
	Cue        string  `json:"cue,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
}

// Attrs are the optional attributes of a relation.
type Attrs struct {
	Count         int    `json:"count,omitempty"`          // troops, people
	Date          string `json:"date,omitempty"`           // ISO 8601, as precise as the text allows
	DatePrecision string `json:"date_precision,omitempty"` // day, month, year
	Role          string `json:"role,omitempty"`           // holds_office
	Former        bool   `json:"former,omitempty"`         // holds_office
	Place         string `json:"place,omitempty"`          // entity key of where it happened
}

// Relation is what one actor did to another, with its evidence.
// Subject is empty when the text names no agent (a passive clause).
type Relation struct {
	Type     string   `json:"type"`
	Subject  string   `json:"subject"` // entity key
	Object   string   `json:"object"`  // entity key
	Cameo    string   `json:"cameo,omitempty"`
	Attrs    Attrs    `json:"attrs"`
	Evidence Evidence `json:"evidence"`
}

// Merge records one decision of the resolver to treat two surface forms as
// one entity, so that it can be explained and, if wrong, undone.
type Merge struct {
	Into   string  `json:"into"` // entity key
	Form   string  `json:"form"` // surface form merged in
	Reason string  `json:"reason"`
	Score  float64 `json:"score"`
}

// Analysis is everything extracted from one article.
type Analysis struct {
	Article   Article    `json:"article"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	Merges    []Merge    `json:"merges,omitempty"`
}

// Entity returns the entity with the given key, or nil.
func (a *Analysis) Entity(key string) *Entity {
	for i := range a.Entities {
		if a.Entities[i].Key == key {
			return &a.Entities[i]
		}
	}
	return nil
}

// Extractor turns an article into entities and relations. The shipped
// implementation is rule-based (package extract); a model-backed one can
// satisfy the same interface.
type Extractor interface {
	Extract(a Article) Analysis
}

// LoadStatus says what a load did with one article.
type LoadStatus string

// Outcomes of loading one article.
const (
	StatusNew       LoadStatus = "new"
	StatusUnchanged LoadStatus = "unchanged"
	StatusUpdated   LoadStatus = "updated"
)

// LoadResult reports the outcome of storing one analysis.
type LoadResult struct {
	XID       string     `json:"xid"`
	Status    LoadStatus `json:"status"`
	Entities  int        `json:"entities"`
	Relations int        `json:"relations"`
}

// GraphWriter stores analyses. Implementations must be idempotent: storing the
// same analysis twice leaves the graph unchanged.
type GraphWriter interface {
	Save(ctx context.Context, a Analysis) (LoadResult, error)
}
