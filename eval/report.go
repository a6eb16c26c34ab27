package eval

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteText prints the report as tables: one row per article, one per
// relation type, the micro-averaged totals, and, when verbose, every missed
// and false entity and relation with its evidence sentence. The last line is
// always `entities F1=0.xxx relations F1=0.xxx` (entities by name, type
// ignored, as the gold README defines a match).
func (r Report) WriteText(w io.Writer, verbose bool) error {
	ew := &errWriter{w: w}
	tw := tabwriter.NewWriter(ew, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "article\tentities tp/fp/fn\tP\tR\tF1\ttyped F1\trelations tp/fp/fn\tP\tR\tF1\t")
	for _, a := range r.Articles {
		name := a.File
		if !a.Predicted {
			name += " (no output)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%.3f\t%s\t\n", name, row(a.Entities), a.TypedEntities.F1(), row(a.Relations))
	}
	fmt.Fprintf(tw, "%s\t%s\t%.3f\t%s\t\n", "overall (micro)", row(r.Entities), r.TypedEntities.F1(), row(r.Relations))
	tw.Flush()

	fmt.Fprintln(ew)
	tw = tabwriter.NewWriter(ew, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "relation type\ttp\tfp\tfn\tP\tR\tF1\t")
	for _, t := range r.RelationTypes {
		c := t.Counts
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", t.Type, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
	}
	tw.Flush()

	if verbose {
		for _, a := range r.Articles {
			writeErrors(ew, a)
		}
	}
	if len(r.Unscored) > 0 {
		fmt.Fprintf(ew, "\nnot scored (no gold article): %s\n", strings.Join(r.Unscored, ", "))
	}
	fmt.Fprintln(ew)
	fmt.Fprintf(ew, "entities       P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d; name match, one-to-one)\n",
		r.Entities.Precision(), r.Entities.Recall(), r.Entities.F1(), r.Entities.TP, r.Entities.FP, r.Entities.FN)
	fmt.Fprintf(ew, "typed entities P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)\n",
		r.TypedEntities.Precision(), r.TypedEntities.Recall(), r.TypedEntities.F1(), r.TypedEntities.TP, r.TypedEntities.FP, r.TypedEntities.FN)
	fmt.Fprintf(ew, "relations      P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)\n",
		r.Relations.Precision(), r.Relations.Recall(), r.Relations.F1(), r.Relations.TP, r.Relations.FP, r.Relations.FN)
	fmt.Fprintf(ew, "entities F1=%.3f relations F1=%.3f\n", r.Entities.F1(), r.Relations.F1())
	return ew.err
}

// row renders counts as four table cells: tp/fp/fn, P, R, F1.
func row(c Counts) string {
	return fmt.Sprintf("%d/%d/%d\t%.3f\t%.3f\t%.3f", c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
}

func writeErrors(w io.Writer, a ArticleScore) {
	if len(a.MissedEntities)+len(a.FalseEntities)+len(a.TypeMismatches)+len(a.MissedRelations)+len(a.FalseRelations) == 0 {
		return
	}
	fmt.Fprintf(w, "\n== %s\n", a.File)
	for _, e := range a.MissedEntities {
		fmt.Fprintf(w, "missed entity   %-12s %s\n", e.Type, entityText(e))
	}
	for _, e := range a.FalseEntities {
		fmt.Fprintf(w, "false entity    %-12s %s\n", e.Type, entityText(e))
	}
	for _, m := range a.TypeMismatches {
		fmt.Fprintf(w, "wrong type      %s: extracted %s, gold %s\n", m.Predicted.Name, m.Predicted.Type, m.Gold.Type)
	}
	for _, r := range a.MissedRelations {
		fmt.Fprintf(w, "missed relation %s\n%s", relationText(r), evidenceLine(r.Evidence))
	}
	for _, r := range a.FalseRelations {
		fmt.Fprintf(w, "false relation  %s\n%s", relationText(r), evidenceLine(r.Evidence))
	}
}

func evidenceLine(sentence string) string {
	if sentence == "" {
		return ""
	}
	return "                « " + sentence + " »\n"
}

func entityText(e GoldEntity) string {
	if len(e.Aliases) == 0 {
		return e.Name
	}
	return e.Name + " (" + strings.Join(e.Aliases, "; ") + ")"
}

func relationText(r GoldRelation) string {
	subj := "∅"
	if r.Subject != nil {
		subj = *r.Subject
	}
	if len(r.SubjectAlternatives) > 0 {
		subj += " | " + strings.Join(r.SubjectAlternatives, " | ")
	}
	obj := r.Object
	if len(r.ObjectAlternatives) > 0 {
		obj += " | " + strings.Join(r.ObjectAlternatives, " | ")
	}
	s := fmt.Sprintf("%s(%s → %s)", r.Type, subj, obj)
	if r.Attrs != nil {
		var parts []string
		if r.Attrs.Count != 0 {
			parts = append(parts, fmt.Sprintf("count=%d", r.Attrs.Count))
		}
		if r.Attrs.Date != "" {
			parts = append(parts, "date="+r.Attrs.Date)
		}
		if r.Attrs.Role != "" {
			parts = append(parts, "role="+r.Attrs.Role)
		}
		if r.Attrs.Former {
			parts = append(parts, "former")
		}
		if len(parts) > 0 {
			s += " [" + strings.Join(parts, " ") + "]"
		}
	}
	return s
}

// errWriter remembers the first write error so the report code can print
// freely and check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
