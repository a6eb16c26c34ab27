package query

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/newsgraph/newsgraph"
)

// Tabler is a result that can print itself as a table for people.
type Tabler interface {
	WriteTable(w io.Writer) error
}

// Formats are the values of --output.
var Formats = []string{"table", "json"}

// Write prints v as "table" or "json".
func Write(w io.Writer, format string, v Tabler) error {
	switch format {
	case "", "table":
		return v.WriteTable(w)
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(v)
	}
	return newsgraph.Errorf(newsgraph.EINVALID, "unknown output format %q (use %s)", format, strings.Join(Formats, " or "))
}

func newTab(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
}

// clean keeps table cells on one line.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func refName(r *Ref) string {
	if r == nil {
		return "?"
	}
	return r.Name
}

func joinInts(xs []int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.Itoa(x)
	}
	return strings.Join(parts, ", ")
}

// sourceList summarises a fact's sources: "taz 2022-01-09, nd 2022-01-10".
func sourceList(ss []Source) string {
	seen := map[string]bool{}
	var parts []string
	for _, s := range ss {
		if seen[s.Article] {
			continue
		}
		seen[s.Article] = true
		parts = append(parts, articleLabel(s.Outlet, s.Published, s.Title, s.Article))
	}
	return strings.Join(parts, ", ")
}

func factDate(f Fact) string {
	if len(f.Dates) > 0 {
		return strings.Join(f.Dates, ", ")
	}
	if r := f.ReportedDate(); r != "" {
		return "(reported " + r + ")"
	}
	return "-"
}

// WriteTable implements Tabler.
func (p *Profile) WriteTable(w io.Writer) error {
	tw := newTab(w)
	fmt.Fprintf(tw, "%s\t%s\n", clean(p.Name), p.Type)
	fmt.Fprintf(tw, "xid\t%s\n", p.XID)
	fmt.Fprintf(tw, "aliases\t%s\n", orDash(clean(strings.Join(p.Aliases, ", "))))
	var roles []string
	for _, r := range p.Roles {
		s := r.Of.Name
		if r.Role != "" {
			s = r.Role + " (" + r.Of.Name + ")"
		}
		if r.Former {
			s = "former " + s
		}
		roles = append(roles, s)
	}
	fmt.Fprintf(tw, "roles\t%s\n", orDash(clean(strings.Join(roles, "; "))))
	fmt.Fprintf(tw, "mentions\t%d sentences in %d articles\n", p.Mentions, p.Articles)
	if len(p.MergedKeys) > 0 {
		fmt.Fprintf(tw, "merged keys\t%s\n", clean(strings.Join(p.MergedKeys, ", ")))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if err := writeMerges(w, p.Merges); err != nil {
		return err
	}
	if len(p.Relations) == 0 {
		_, err := fmt.Fprintln(w, "\nno relations")
		return err
	}
	fmt.Fprintln(w)
	tw = newTab(w)
	fmt.Fprintln(tw, "RELATION\tDIR\tOTHER\tDATE\tCOUNT\tSOURCES")
	for _, g := range p.Relations {
		for _, f := range g.Facts {
			other, dir := f.Patient, "→"
			if g.Direction == In {
				other, dir = f.Agent, "←"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", g.Relation, dir, clean(refName(other)),
				factDate(f), orDash(joinInts(f.Counts)), clean(sourceList(f.Sources)))
		}
	}
	return tw.Flush()
}

func writeFacts(w io.Writer, facts []Fact) error {
	tw := newTab(w)
	fmt.Fprintln(tw, "RELATION\tAGENT\tPATIENT\tDATE\tCOUNT\tSOURCES")
	for _, f := range facts {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", f.Relation, clean(refName(f.Agent)), clean(refName(f.Patient)),
			factDate(f), orDash(joinInts(f.Counts)), clean(sourceList(f.Sources)))
	}
	return tw.Flush()
}

// WriteTable implements Tabler.
func (r *RelationsResult) WriteTable(w io.Writer) error {
	if len(r.Facts) == 0 {
		_, err := fmt.Fprintln(w, "no matching relations")
		return err
	}
	return writeFacts(w, r.Facts)
}

// WriteTable implements Tabler.
func (r *PathResult) WriteTable(w io.Writer) error {
	if len(r.Steps) == 0 {
		_, err := fmt.Fprintf(w, "%s and %s are the same entity\n", r.From, r.To)
		return err
	}
	steps := "steps"
	if len(r.Steps) == 1 {
		steps = "step"
	}
	fmt.Fprintf(w, "%s → %s: %d %s\n\n", r.From, r.To, len(r.Steps), steps)
	tw := newTab(w)
	fmt.Fprintln(tw, "STEP\tFROM\tRELATION\tTO\tEVIDENCE")
	for i, s := range r.Steps {
		rel := s.Relation + " →"
		if !s.Forward {
			rel = "← " + s.Relation
		}
		ev := "-"
		if len(s.Facts) > 0 && len(s.Facts[0].Sources) > 0 {
			src := s.Facts[0].Sources[0]
			ev = articleLabel(src.Outlet, src.Published, src.Title, src.Article) + ": " + clean(src.Sentence)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", i+1, clean(s.From.Name), rel, clean(s.To.Name), ev)
	}
	return tw.Flush()
}

// WriteTable implements Tabler.
func (r *TimelineResult) WriteTable(w io.Writer) error {
	if len(r.Entries) == 0 {
		_, err := fmt.Fprintln(w, "no dated facts in range")
		return err
	}
	tw := newTab(w)
	fmt.Fprintln(tw, "DATE\tRELATION\tAGENT\tPATIENT\tCOUNT\tSOURCES")
	for _, e := range r.Entries {
		d := orDash(e.Date)
		if e.Reported {
			d += " (reported)"
		}
		f := e.Fact
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", d, f.Relation, clean(refName(f.Agent)), clean(refName(f.Patient)),
			orDash(joinInts(f.Counts)), clean(sourceList(f.Sources)))
	}
	return tw.Flush()
}

// WriteTable implements Tabler.
func (r *SourcesResult) WriteTable(w io.Writer) error {
	if len(r.Sources) == 0 {
		_, err := fmt.Fprintln(w, "no sources")
		return err
	}
	tw := newTab(w)
	fmt.Fprintln(tw, "ARTICLE\tSENT\tFACT\tSENTENCE")
	for _, s := range r.Sources {
		art := articleLabel(s.Outlet, s.Published, s.Title, s.Article)
		sentence := s.Sentence
		if sentence == "" && s.Surface != "" {
			sentence = "[" + s.Surface + "]"
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", clean(art), s.Index, orDash(clean(s.Fact)), clean(sentence))
	}
	return tw.Flush()
}
