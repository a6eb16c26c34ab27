// Package eval measures extraction quality against a hand-made answer key
// (the gold file, see ../shared/gold/README.md): precision, recall and F1 of
// entities and relations, per article, per relation type and overall.
package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// maxGoldBytes bounds what ReadGold accepts; an answer key is hand-made and
// small, so anything larger is the wrong file.
const maxGoldBytes = 64 << 20

// Gold is a gold file: the answer key for a set of articles. Extraction
// output is converted into the same shape (FromAnalysis) so both sides of a
// comparison, and the JSON printed by `newsgraph extract`, look alike.
type Gold struct {
	Articles []GoldArticle `json:"articles"`
}

// GoldArticle is what one article says: its entities and relations.
type GoldArticle struct {
	// File is the base name of the article's file; for one record of a
	// corpus file it is "<base name>#<record>" (e.g. "10kGNAD_test.csv#12",
	// as the corpus loaders name their articles).
	File      string         `json:"file"`
	Source    string         `json:"source,omitempty"`
	Date      string         `json:"date,omitempty"`
	Entities  []GoldEntity   `json:"entities"`
	Relations []GoldRelation `json:"relations"`
}

// GoldEntity is one real-world referent with every spelling it has.
type GoldEntity struct {
	Name    string   `json:"name"` // canonical name
	Type    string   `json:"type"` // Person, Organization, State, Place, Event
	Aliases []string `json:"aliases"`
}

// GoldRelation is one (type, subject, object) statement. Subject is nil when
// the text names no agent; then any subject matches.
type GoldRelation struct {
	Type                string     `json:"type"`
	Subject             *string    `json:"subject"`
	Object              string     `json:"object"`
	SubjectAlternatives []string   `json:"subject_alternatives,omitempty"`
	ObjectAlternatives  []string   `json:"object_alternatives,omitempty"`
	Evidence            string     `json:"evidence,omitempty"`
	Attrs               *GoldAttrs `json:"attrs,omitempty"`
}

// GoldAttrs are a relation's optional attributes. They are reported, not
// scored: the README scores relations as triples only.
type GoldAttrs struct {
	Count  int    `json:"count,omitempty"`
	Date   string `json:"date,omitempty"`
	Role   string `json:"role,omitempty"`
	Former bool   `json:"former,omitempty"`
}

// SubjectName returns the subject's name, or "" for a null subject.
func (r GoldRelation) SubjectName() string {
	if r.Subject == nil {
		return ""
	}
	return *r.Subject
}

// ReadGold reads and checks a gold file.
func ReadGold(path string) (Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return Gold{}, newsgraph.Errorf(newsgraph.ENOTFOUND, "gold file %s does not exist", path)
		}
		return Gold{}, newsgraph.Wrap(newsgraph.EINVALID, err, "cannot open gold file %s", path)
	}
	defer f.Close()
	g, err := DecodeGold(f)
	if err != nil {
		return Gold{}, newsgraph.Wrap(newsgraph.EINVALID, err, "gold file %s", path)
	}
	return g, nil
}

// DecodeGold reads a gold document from r and checks that every relation
// names entities the article lists.
func DecodeGold(r io.Reader) (Gold, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxGoldBytes+1))
	if err != nil {
		return Gold{}, err
	}
	if len(data) > maxGoldBytes {
		return Gold{}, fmt.Errorf("larger than %d MiB", maxGoldBytes>>20)
	}
	if len(strings.TrimSpace(string(data))) == 0 {
		return Gold{}, errors.New("empty")
	}
	var g Gold
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return Gold{}, fmt.Errorf("not a gold document: %w", err)
	}
	if err := g.check(); err != nil {
		return Gold{}, err
	}
	return g, nil
}

// check reports the first structural problem: a missing file name, a
// duplicate file, or a relation argument that is not a listed entity.
func (g Gold) check() error {
	seen := map[string]bool{}
	for i, a := range g.Articles {
		if a.File == "" {
			return fmt.Errorf("article %d has no file name", i)
		}
		if seen[a.File] {
			return fmt.Errorf("article %s appears twice", a.File)
		}
		seen[a.File] = true
		names := map[string]bool{}
		for _, e := range a.Entities {
			if strings.TrimSpace(e.Name) == "" {
				return fmt.Errorf("article %s: entity without a name", a.File)
			}
			names[e.Name] = true
		}
		for j, r := range a.Relations {
			if r.Type == "" {
				return fmt.Errorf("article %s: relation %d has no type", a.File, j)
			}
			args := append([]string{r.Object}, r.SubjectAlternatives...)
			args = append(args, r.ObjectAlternatives...)
			if r.Subject != nil {
				args = append(args, *r.Subject)
			}
			for _, n := range args {
				if !names[n] {
					return fmt.Errorf("article %s: relation %d (%s) names %q, which is not one of its entities", a.File, j, r.Type, n)
				}
			}
		}
	}
	return nil
}

// Article returns the gold article for the file with the given base name.
func (g Gold) Article(file string) (GoldArticle, bool) {
	base := filepath.Base(file)
	for _, a := range g.Articles {
		if a.File == base {
			return a, true
		}
	}
	return GoldArticle{}, false
}

// SourceFile is the file a gold article's File names: the base name before
// a "#<record>" fragment, or File itself when it has none.
func SourceFile(file string) string {
	if i := strings.LastIndexByte(file, '#'); i > 0 {
		return file[:i]
	}
	return file
}

// Select returns the gold articles of the given files (base names): an
// article whose File is one of them, or a record of one of them.
func (g Gold) Select(files []string) Gold {
	want := make(map[string]bool, len(files))
	for _, f := range files {
		want[filepath.Base(f)] = true
	}
	var out Gold
	for _, a := range g.Articles {
		if want[a.File] || want[SourceFile(a.File)] {
			out.Articles = append(out.Articles, a)
		}
	}
	return out
}

// FromAnalysis converts extraction output into the gold shape: an entity's
// name is its canonical name, its aliases the other surface forms
// (Entity.Aliases); a relation's subject and object are the canonical
// names of the entities with those keys (the key itself when no entity has
// it), its evidence the sentence text. An empty subject key becomes null.
func FromAnalysis(a newsgraph.Analysis) GoldArticle {
	out := GoldArticle{
		Source:    a.Article.Source,
		Date:      a.Article.Date,
		Entities:  make([]GoldEntity, 0, len(a.Entities)),
		Relations: make([]GoldRelation, 0, len(a.Relations)),
	}
	if a.Article.File != "" {
		out.File = filepath.Base(a.Article.File)
	}
	names := make(map[string]string, len(a.Entities))
	for _, e := range a.Entities {
		names[e.Key] = e.Name
		out.Entities = append(out.Entities, GoldEntity{
			Name:    e.Name,
			Type:    string(e.Type),
			Aliases: surfaceForms(e),
		})
	}
	nameOf := func(key string) string {
		if n, ok := names[key]; ok && n != "" {
			return n
		}
		return key
	}
	for _, r := range a.Relations {
		g := GoldRelation{
			Type:     r.Type,
			Object:   nameOf(r.Object),
			Evidence: r.Evidence.Sentence,
		}
		if r.Subject != "" {
			s := nameOf(r.Subject)
			g.Subject = &s
		}
		if r.Attrs.Count != 0 || r.Attrs.Date != "" || r.Attrs.Role != "" || r.Attrs.Former {
			g.Attrs = &GoldAttrs{Count: r.Attrs.Count, Date: r.Attrs.Date, Role: r.Attrs.Role, Former: r.Attrs.Former}
		}
		out.Relations = append(out.Relations, g)
	}
	return out
}

// surfaceForms lists an entity's spellings other than its name, each once,
// in their order. They are Entity.Aliases, which the domain type defines as
// the entity's surface forms; mention texts are not added, since they also
// hold anaphora ("er", "der Präsident") that are no spelling of the name.
func surfaceForms(e newsgraph.Entity) []string {
	seen := map[string]bool{e.Name: true}
	forms := []string{}
	for _, s := range e.Aliases {
		s = strings.TrimSpace(s)
		if s != "" && !seen[s] {
			seen[s] = true
			forms = append(forms, s)
		}
	}
	return forms
}
