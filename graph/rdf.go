package graph

import (
	"fmt"
	"strconv"
	"strings"
)

// nquads builds an RDF mutation. Subjects and objects are either uids
// ("0x1f") or blank nodes ("_:e3"); literals are always escaped here, so no
// user text can break out of a quad.
type nquads struct {
	b strings.Builder
	n int
}

// facet is one key=value pair on an edge; value is string, int, float64 or bool.
type facet struct {
	key   string
	value any
}

func ref(node string) string {
	if strings.HasPrefix(node, "_:") {
		return node
	}
	return "<" + node + ">"
}

// quote returns s as an RDF string literal that Dgraph's lexer and
// strconv.Unquote (used for facets) both read back unchanged.
func quote(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func (q *nquads) line(subj, pred, obj string, facets []facet) {
	q.b.WriteString(ref(subj))
	q.b.WriteString(" <")
	q.b.WriteString(pred)
	q.b.WriteString("> ")
	q.b.WriteString(obj)
	if len(facets) > 0 {
		q.b.WriteString(" (")
		for i, f := range facets {
			if i > 0 {
				q.b.WriteString(", ")
			}
			q.b.WriteString(f.key)
			q.b.WriteByte('=')
			q.b.WriteString(facetValue(f.value))
		}
		q.b.WriteByte(')')
	}
	q.b.WriteString(" .\n")
	q.n++
}

func facetValue(v any) string {
	switch v := v.(type) {
	case string:
		return quote(v)
	case int:
		return strconv.Itoa(v)
	case float64:
		s := strconv.FormatFloat(v, 'f', -1, 64)
		if !strings.ContainsAny(s, ".eE") {
			s += ".0" // an integral value would otherwise be read as an int facet
		}
		return s
	case bool:
		return strconv.FormatBool(v)
	}
	panic(fmt.Sprintf("graph: facet of type %T", v))
}

func (q *nquads) str(subj, pred, val string) { q.line(subj, pred, quote(val), nil) }

func (q *nquads) int(subj, pred string, v int) {
	q.line(subj, pred, quote(strconv.Itoa(v))+"^^<xs:int>", nil)
}

func (q *nquads) float(subj, pred string, v float64) {
	q.line(subj, pred, quote(strconv.FormatFloat(v, 'g', -1, 64))+"^^<xs:float>", nil)
}

func (q *nquads) bool(subj, pred string, v bool) {
	q.line(subj, pred, quote(strconv.FormatBool(v))+"^^<xs:boolean>", nil)
}

func (q *nquads) edge(subj, pred, obj string, facets ...facet) {
	q.line(subj, pred, ref(obj), facets)
}

// star deletes every predicate of node's type (used in DelNquads).
func (q *nquads) star(node string) {
	q.b.WriteString(ref(node) + " * * .\n")
	q.n++
}

func (q *nquads) bytes() []byte { return []byte(q.b.String()) }
