package germeval

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/newsgraph/newsgraph/eval"
)

// Scheme names a label set.
const (
	Fine   = "fine"   // the twelve official types, deriv and part kept
	Coarse = "coarse" // four classes, deriv and part mapped to their base
)

// Result is the conlleval score of one label set.
type Result struct {
	Scheme string `json:"scheme"`
	// Tokens and CorrectTokens give conlleval's token accuracy.
	Tokens        int          `json:"tokens"`
	CorrectTokens int          `json:"correct_tokens"`
	Chunks        eval.Counts  `json:"chunks"` // strict: same span and type
	Types         []TypeScore  `json:"types"`
	Errors        []ChunkError `json:"-"`
}

// TypeScore is the chunk score of one type.
type TypeScore struct {
	Type   string      `json:"type"`
	Counts eval.Counts `json:"counts"`
}

// ChunkError is a gold chunk the tagger missed or a chunk it invented.
// A chunk with the right span but the wrong type is both.
type ChunkError struct {
	Sentence int  // index into the sentences
	Missed   bool // true: in gold, not predicted; false: predicted, not in gold
	Chunk    Chunk
	Text     string // the chunk's tokens joined by spaces
}

// Accuracy is the share of tokens labelled exactly right.
func (r Result) Accuracy() float64 {
	if r.Tokens == 0 {
		return 0
	}
	return float64(r.CorrectTokens) / float64(r.Tokens)
}

// Evaluation holds both label sets' results.
type Evaluation struct {
	Sentences int    `json:"sentences"`
	Fine      Result `json:"fine"`
	Coarse    Result `json:"coarse"`
}

// Run tags every sentence with t and scores the outer labels.
func Run(t Tagger, sentences []Sentence) (Evaluation, error) {
	predicted := make([][]string, len(sentences))
	for i, s := range sentences {
		predicted[i] = t.Tag(append([]string(nil), s.Tokens...))
	}
	return Evaluate(sentences, predicted)
}

// Evaluate scores predicted outer labels, one slice per sentence, against
// the gold outer labels. A prediction of the wrong length or with a label
// that is not BIO is an error naming the sentence.
func Evaluate(sentences []Sentence, predicted [][]string) (Evaluation, error) {
	if len(predicted) != len(sentences) {
		return Evaluation{}, fmt.Errorf("%d predictions for %d sentences", len(predicted), len(sentences))
	}
	for i, p := range predicted {
		if len(p) != len(sentences[i].Tokens) {
			return Evaluation{}, fmt.Errorf("sentence %d (line %d): %d labels for %d tokens", i, sentences[i].Line, len(p), len(sentences[i].Tokens))
		}
		for _, l := range p {
			if _, _, err := splitLabel(l); err != nil {
				return Evaluation{}, fmt.Errorf("sentence %d (line %d): %w", i, sentences[i].Line, err)
			}
		}
	}
	return Evaluation{
		Sentences: len(sentences),
		Fine:      score(Fine, sentences, predicted, nil),
		Coarse:    score(Coarse, sentences, predicted, BaseType),
	}, nil
}

func score(scheme string, sentences []Sentence, predicted [][]string, mapType func(string) string) Result {
	res := Result{Scheme: scheme}
	types := map[string]eval.Counts{}
	bump := func(typ string, f func(*eval.Counts)) {
		c := types[typ]
		f(&c)
		types[typ] = c
	}
	for i, s := range sentences {
		for j, g := range s.Outer {
			res.Tokens++
			if mapLabel(g, mapType) == mapLabel(predicted[i][j], mapType) {
				res.CorrectTokens++
			}
		}
		gold := Chunks(s.Outer, mapType)
		pred := Chunks(predicted[i], mapType)
		inGold := make(map[Chunk]bool, len(gold))
		for _, c := range gold {
			inGold[c] = true
		}
		inPred := make(map[Chunk]bool, len(pred))
		for _, c := range pred {
			inPred[c] = true
		}
		for _, c := range pred {
			if inGold[c] {
				res.Chunks.TP++
				bump(c.Type, func(x *eval.Counts) { x.TP++ })
				continue
			}
			res.Chunks.FP++
			bump(c.Type, func(x *eval.Counts) { x.FP++ })
			res.Errors = append(res.Errors, ChunkError{Sentence: i, Chunk: c, Text: span(s.Tokens, c)})
		}
		for _, c := range gold {
			if inPred[c] {
				continue
			}
			res.Chunks.FN++
			bump(c.Type, func(x *eval.Counts) { x.FN++ })
			res.Errors = append(res.Errors, ChunkError{Sentence: i, Missed: true, Chunk: c, Text: span(s.Tokens, c)})
		}
	}
	for t, c := range types {
		res.Types = append(res.Types, TypeScore{Type: t, Counts: c})
	}
	sort.Slice(res.Types, func(i, j int) bool { return res.Types[i].Type < res.Types[j].Type })
	return res
}

func mapLabel(l string, mapType func(string) string) string {
	tag, typ, err := splitLabel(l)
	if err != nil || tag == "O" || mapType == nil {
		return l
	}
	return tag + "-" + mapType(typ)
}

func span(tokens []string, c Chunk) string {
	return strings.Join(tokens[c.Start:c.End], " ")
}

// WriteText prints conlleval-style tables for both label sets, the coarse
// one last with its summary line; verbose lists every chunk error of the
// coarse set with its sentence.
func (e Evaluation) WriteText(w io.Writer, sentences []Sentence, verbose bool) error {
	ew := &errWriter{w: w}
	fmt.Fprintf(ew, "GermEval 2014 outer chunks, strict (conlleval): %d sentences\n", e.Sentences)
	for _, r := range []Result{e.Fine, e.Coarse} {
		fmt.Fprintf(ew, "\n%s: %d tokens, accuracy %.2f%%; chunks tp=%d fp=%d fn=%d\n",
			label(r.Scheme), r.Tokens, 100*r.Accuracy(), r.Chunks.TP, r.Chunks.FP, r.Chunks.FN)
		tw := tabwriter.NewWriter(ew, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "type\ttp\tfp\tfn\tP\tR\tF1\t")
		for _, t := range r.Types {
			c := t.Counts
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n", t.Type, c.TP, c.FP, c.FN, 100*c.Precision(), 100*c.Recall(), 100*c.F1())
		}
		c := r.Chunks
		fmt.Fprintf(tw, "all\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n", c.TP, c.FP, c.FN, 100*c.Precision(), 100*c.Recall(), 100*c.F1())
		tw.Flush()
	}
	if verbose {
		fmt.Fprintln(ew, "\nerrors (coarse):")
		last := -1
		for _, ce := range e.Coarse.Errors {
			if ce.Sentence != last && ce.Sentence < len(sentences) {
				s := sentences[ce.Sentence]
				fmt.Fprintf(ew, "\n[line %d] %s\n", s.Line, strings.Join(s.Tokens, " "))
				last = ce.Sentence
			}
			kind := "false "
			if ce.Missed {
				kind = "missed"
			}
			fmt.Fprintf(ew, "  %s %-4s %s\n", kind, ce.Chunk.Type, ce.Text)
		}
	}
	fmt.Fprintf(ew, "\nNER F1 (coarse, 4 classes)=%.2f (fine, 12 labels)=%.2f\n", 100*e.Coarse.Chunks.F1(), 100*e.Fine.Chunks.F1())
	return ew.err
}

func label(scheme string) string {
	if scheme == Fine {
		return "fine (12 labels: deriv and part kept)"
	}
	return "coarse (PER ORG LOC OTH: deriv and part mapped to their base)"
}

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
