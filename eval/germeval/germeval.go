// Package germeval reads the GermEval 2014 German NER data and scores a
// tagger on it the way conlleval does: strict chunk-level precision,
// recall and F1 on the outer (first-level) annotation.
//
// Two label sets are scored. "fine" keeps the official twelve types
// (PER, ORG, LOC, OTH, each also as …deriv and …part, e.g. LOCderiv for
// "russische"); "coarse" maps deriv and part to their base type first,
// leaving the four classes PER, ORG, LOC, OTH.
package germeval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// Tagger labels the tokens of one sentence with BIO labels ("O", "B-LOC",
// "I-PER", "B-ORGpart", …), one per token.
type Tagger interface {
	Tag(tokens []string) []string
}

// Sentence is one annotated sentence.
type Sentence struct {
	Source string   // the comment line before it: source URL and date
	Line   int      // line number of its first token, for messages
	Tokens []string // the words
	Outer  []string // first-level BIO labels
	Inner  []string // second-level (nested) BIO labels; "O" where absent
}

// maxLine bounds one line of the TSV; GermEval lines are short, so a
// longer one means the file is something else.
const maxLine = 1 << 20

// ReadFile reads a GermEval TSV file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "%s does not exist", path)
		}
		return nil, newsgraph.Wrap(newsgraph.EINVALID, err, "cannot open %s", path)
	}
	defer f.Close()
	s, err := Read(f)
	if err != nil {
		return nil, newsgraph.Wrap(newsgraph.EINVALID, err, "%s", path)
	}
	return s, nil
}

// Read parses GermEval TSV: a `#` comment line before each sentence, one
// token per line as `index TAB token TAB outer TAB inner`, a blank line
// after each sentence.
func Read(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	var (
		out    []Sentence
		cur    Sentence
		source string
		n      int
	)
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("line %d: not UTF-8 text", n)
		}
		switch {
		case strings.TrimSpace(line) == "":
			flush()
			continue
		case strings.HasPrefix(line, "#"):
			flush()
			source = strings.TrimSpace(strings.TrimPrefix(line, "#"))
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			return nil, fmt.Errorf("line %d: want index, token, outer and inner label separated by tabs, got %d column(s)", n, len(cols))
		}
		tok, outer, inner := cols[1], strings.TrimSpace(cols[2]), "O"
		if len(cols) > 3 && strings.TrimSpace(cols[3]) != "" {
			inner = strings.TrimSpace(cols[3])
		}
		if tok == "" {
			return nil, fmt.Errorf("line %d: empty token", n)
		}
		for _, l := range []string{outer, inner} {
			if _, _, err := splitLabel(l); err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
		}
		if len(cur.Tokens) == 0 {
			cur.Source, cur.Line = source, n
		}
		cur.Tokens = append(cur.Tokens, tok)
		cur.Outer = append(cur.Outer, outer)
		cur.Inner = append(cur.Inner, inner)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("line %d: longer than %d bytes; not a GermEval file", n+1, maxLine)
		}
		return nil, err
	}
	flush()
	if len(out) == 0 {
		return nil, errors.New("no sentences")
	}
	return out, nil
}

// splitLabel splits a BIO label into its tag (B, I or O) and type.
func splitLabel(label string) (tag, typ string, err error) {
	if label == "O" {
		return "O", "", nil
	}
	t, typ, ok := strings.Cut(label, "-")
	if !ok || (t != "B" && t != "I") || typ == "" {
		return "", "", fmt.Errorf("bad label %q: want O, B-TYPE or I-TYPE", label)
	}
	return t, typ, nil
}

// BaseType maps a GermEval type to its class: LOCderiv and LOCpart to LOC.
func BaseType(typ string) string {
	if t, ok := strings.CutSuffix(typ, "deriv"); ok && t != "" {
		return t
	}
	if t, ok := strings.CutSuffix(typ, "part"); ok && t != "" {
		return t
	}
	return typ
}

// Chunk is a labelled token span [Start, End) of one sentence.
type Chunk struct {
	Type       string
	Start, End int
}

// Chunks finds the chunks of a BIO sequence the way conlleval does: a
// chunk starts at B, at I after O, and wherever the type changes; it ends
// before the next B or O or type change. mapType (nil: identity) is
// applied to each type first. Labels must be valid (see Read).
func Chunks(labels []string, mapType func(string) string) []Chunk {
	var out []Chunk
	open := -1
	prevTag, prevType := "O", ""
	for i, l := range labels {
		tag, typ, err := splitLabel(l)
		if err != nil {
			tag, typ = "O", ""
		}
		if mapType != nil && typ != "" {
			typ = mapType(typ)
		}
		// end of chunk (conlleval endOfChunk, B/I/O subset)
		if open >= 0 && (tag == "B" || tag == "O" || prevType != typ) {
			out = append(out, Chunk{Type: prevType, Start: open, End: i})
			open = -1
		}
		// start of chunk (conlleval startOfChunk)
		if tag == "B" || (tag == "I" && (prevTag == "O" || prevType != typ)) {
			open = i
		}
		prevTag, prevType = tag, typ
	}
	if open >= 0 {
		out = append(out, Chunk{Type: prevType, Start: open, End: len(labels)})
	}
	return out
}
