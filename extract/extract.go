// Package extract is the extraction pipeline: it segments an article,
// finds the entity mentions, resolves them into entities and reads the
// relations between them. The result is a newsgraph.Analysis.
package extract

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/mentions"
	"github.com/newsgraph/newsgraph/extract/resolve"
	"github.com/newsgraph/newsgraph/extract/text"
)

// Pipeline is the rule-based extractor. It is safe for concurrent use.
type Pipeline struct {
	finder *mentions.Finder
}

var _ newsgraph.Extractor = (*Pipeline)(nil)

// New returns the pipeline with the embedded lexicons (loaded once).
func New() *Pipeline {
	return &Pipeline{finder: mentions.New()}
}

// Extract analyses one article.
func (p *Pipeline) Extract(a newsgraph.Article) newsgraph.Analysis {
	doc := text.Segment(a)
	ms := p.finder.Find(doc)
	ents, merges := resolve.Resolve(doc, ms)
	an := newsgraph.Analysis{Article: a, Entities: ents, Merges: merges}
	// Relations are wired in once package extract/relations lands.
	if an.Entities == nil {
		an.Entities = []newsgraph.Entity{}
	}
	if an.Relations == nil {
		an.Relations = []newsgraph.Relation{}
	}
	return an
}

// Document exposes the stages for tools that explain an extraction: the
// segmented document and the raw mentions before resolution.
func (p *Pipeline) Document(a newsgraph.Article) (*text.Document, []mentions.Mention) {
	doc := text.Segment(a)
	return doc, p.finder.Find(doc)
}
