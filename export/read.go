package export

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/schema"
)

// Querier runs a read-only DQL query and returns the JSON of its blocks.
// *graph.Store satisfies it.
type Querier interface {
	Query(ctx context.Context, q string, vars map[string]string) ([]byte, error)
}

// Predicate is one predicate of the DQL schema, as far as export needs it.
type Predicate struct {
	Name string
	Kind Kind // for scalars
	UID  bool // an edge
	List bool
}

var schemaLine = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_.]*)\s*:\s*(\[?)([a-z]+)\]?`)

// SchemaPredicates parses the predicates out of a DQL schema text (type
// blocks and comments are skipped).
func SchemaPredicates(dql string) []Predicate {
	var out []Predicate
	for _, line := range strings.Split(dql, "\n") {
		m := schemaLine.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		p := Predicate{Name: m[1], List: m[2] == "["}
		switch m[3] {
		case "uid":
			p.UID = true
		case "int":
			p.Kind = Int
		case "float":
			p.Kind = Float
		case "bool":
			p.Kind = Bool
		case "datetime":
			p.Kind = DateTime
		}
		out = append(out, p)
	}
	return out
}

// Hints maps each scalar predicate of preds to its kind, for FromResult.
func Hints(preds []Predicate) map[string]Kind {
	h := make(map[string]Kind, len(preds))
	for _, p := range preds {
		if !p.UID {
			h[p.Name] = p.Kind
		}
	}
	return h
}

// PageSize is how many nodes Read fetches per query (and ReadQuery
// completes per query).
var PageSize = 2000

// Read exports the whole graph: every node that has a dgraph.type (except
// Dgraph's own, such as dgraph.graphql), with
// every predicate of newsgraph's schema and the facets of its edges.
func Read(ctx context.Context, q Querier) (*Graph, error) {
	preds := SchemaPredicates(schema.DQL())
	var sel strings.Builder
	sel.WriteString("uid dgraph.type")
	for _, p := range preds {
		if p.UID {
			fmt.Fprintf(&sel, " %s @facets { uid }", p.Name)
		} else {
			fmt.Fprintf(&sel, " %s", p.Name)
		}
	}
	b := newBuilder(Hints(preds))
	after := ""
	for {
		page := ""
		if after != "" {
			// after is a uid Dgraph returned, never user text.
			page = ", after: " + after
		}
		qs := fmt.Sprintf("{ n(func: has(dgraph.type), first: %d%s) { %s } }", PageSize, page, sel.String())
		data, err := q.Query(ctx, qs, nil)
		if err != nil {
			return nil, err
		}
		var res struct {
			N []map[string]any `json:"n"`
		}
		if err := decode(data, &res); err != nil {
			return nil, newsgraph.Wrap(newsgraph.EINTERNAL, err, "export: reading a page of nodes")
		}
		for _, obj := range res.N {
			if !internal(obj) {
				b.walk(obj)
			}
		}
		if len(res.N) < PageSize {
			break
		}
		last, _ := res.N[len(res.N)-1]["uid"].(string)
		if last == "" {
			return nil, newsgraph.Errorf(newsgraph.EINTERNAL, "export: page without uids")
		}
		after = last
	}
	return b.graph(), nil
}

// internal reports whether obj is one of Dgraph's own nodes (dgraph.type
// dgraph.graphql and the like), which an export must not copy.
func internal(obj map[string]any) bool {
	types := scalars(obj["dgraph.type"])
	for _, t := range types {
		if s, _ := t.(string); !strings.HasPrefix(s, "dgraph.") {
			return false
		}
	}
	return len(types) > 0
}

// FromResult turns the JSON result of any DQL query into a graph: every
// object becomes a node (identified by uid, else xid), every nested object
// an edge named by its key (a ~reverse key gives an edge the other way),
// and `pred|facet` keys become the edge's facets. hints gives the kinds of
// scalar predicates (nil: guess from the JSON). The result may be wrapped
// in {"data": ...} as Dgraph's HTTP API returns it.
func FromResult(data []byte, hints map[string]Kind) (*Graph, error) {
	b := newBuilder(hints)
	if err := b.result(data); err != nil {
		return nil, err
	}
	return b.graph(), nil
}

// ReadQuery runs a user's DQL query (user text only in vars) and turns its
// result into a graph like FromResult. Nodes the query returned without
// their xid, type or name are completed from the graph, so that they keep
// their identity in the export (an RDF file of them loads as the same
// entities) whatever the query selected.
func ReadQuery(ctx context.Context, q Querier, query string, vars map[string]string) (*Graph, error) {
	data, err := q.Query(ctx, query, vars)
	if err != nil {
		return nil, err
	}
	preds := SchemaPredicates(schema.DQL())
	b := newBuilder(Hints(preds))
	b.rename = EdgeAliases(query, preds)
	if err := b.result(data); err != nil {
		return nil, err
	}
	var missing []string
	for _, key := range b.order {
		n := b.nodes[key]
		if n.uid != "" && (n.xid == "" || len(n.types) == 0 || n.name == "") {
			missing = append(missing, n.uid)
		}
	}
	for len(missing) > 0 {
		batch := missing[:min(len(missing), PageSize)]
		missing = missing[len(batch):]
		for _, u := range batch {
			if !uidText.MatchString(u) {
				return nil, newsgraph.Errorf(newsgraph.EINTERNAL, "export: %q is not a uid", u)
			}
		}
		// The uids come from Dgraph's own answer and are checked above.
		data, err := q.Query(ctx, "{ n(func: uid("+strings.Join(batch, ", ")+")) { uid xid dgraph.type name } }", nil)
		if err != nil {
			return nil, err
		}
		var res struct {
			N []map[string]any `json:"n"`
		}
		if err := decode(data, &res); err != nil {
			return nil, newsgraph.Wrap(newsgraph.EINTERNAL, err, "export: completing nodes")
		}
		for _, obj := range res.N {
			b.complete(obj)
		}
	}
	return b.graph(), nil
}

var uidText = regexp.MustCompile(`^0x[0-9a-fA-F]+$`)

var aliasDecl = regexp.MustCompile(`(?:^|[\s{])([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(~?[A-Za-z_][A-Za-z0-9_.]*)`)

// EdgeAliases finds the aliases a DQL query gives to edges ("member:
// ~member_of") and maps each to its predicate, so that exported edges carry
// the real predicate (and direction) rather than the alias. Only aliases
// of uid predicates of the schema count.
func EdgeAliases(query string, preds []Predicate) map[string]string {
	isEdge := map[string]bool{}
	for _, p := range preds {
		if p.UID {
			isEdge[p.Name] = true
		}
	}
	out := map[string]string{}
	for _, m := range aliasDecl.FindAllStringSubmatch(query, -1) {
		if isEdge[strings.TrimPrefix(m[2], "~")] && m[1] != m[2] {
			out[m[1]] = m[2]
		}
	}
	return out
}

// result walks every block of a query result.
func (b *builder) result(data []byte) error {
	var top map[string]any
	if err := decode(data, &top); err != nil {
		return newsgraph.Wrap(newsgraph.EINVALID, err, "export: query result is not a JSON object")
	}
	if inner, ok := top["data"].(map[string]any); ok {
		top = inner
	}
	for _, k := range sortedKeys(top) {
		switch v := top[k].(type) {
		case []any:
			for _, item := range v {
				if obj, ok := item.(map[string]any); ok {
					b.walk(obj)
				}
			}
		case map[string]any:
			b.walk(v)
		}
	}
	return nil
}

// complete fills in xid, types and name of a node already seen, without
// overriding what the query returned.
func (b *builder) complete(obj map[string]any) {
	uid, _ := obj["uid"].(string)
	n := b.nodes["u:"+uid]
	if n == nil {
		return
	}
	if s, ok := obj["xid"].(string); ok && n.xid == "" {
		n.xid = s
	}
	if s, ok := obj["name"].(string); ok && n.name == "" {
		n.name = s
	}
	if len(n.types) == 0 {
		for _, t := range scalars(obj["dgraph.type"]) {
			if s, ok := t.(string); ok {
				n.types = append(n.types, s)
			}
		}
	}
}

func decode(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	return dec.Decode(v)
}

type nodeBuilder struct {
	key   string
	uid   string
	xid   string
	types []string
	name  string
	props map[string][]Value
}

type edgeKey struct{ from, typ, to string }

type builder struct {
	hints  map[string]Kind
	rename map[string]string       // edge alias → predicate (EdgeAliases)
	nodes  map[string]*nodeBuilder // by key: "u:"+uid, "x:"+xid or "b:"+n
	order  []string
	edges  map[edgeKey]map[string]Value
	anon   int
}

func newBuilder(hints map[string]Kind) *builder {
	return &builder{hints: hints, nodes: map[string]*nodeBuilder{}, edges: map[edgeKey]map[string]Value{}}
}

// walk adds obj and everything nested in it; it returns obj's node key.
func (b *builder) walk(obj map[string]any) string {
	uid, _ := obj["uid"].(string)
	xid, _ := obj["xid"].(string)
	var key string
	switch {
	case uid != "":
		key = "u:" + uid
	case xid != "":
		key = "x:" + xid
	default:
		b.anon++
		key = fmt.Sprintf("b:%d", b.anon)
	}
	n := b.nodes[key]
	if n == nil {
		n = &nodeBuilder{key: key, uid: uid, props: map[string][]Value{}}
		b.nodes[key] = n
		b.order = append(b.order, key)
	}
	for _, k := range sortedKeys(obj) {
		v := obj[k]
		switch {
		case k == "uid" || k == "_weight_" || strings.Contains(k, "|"):
			// facets are read with their edge; scalar facets are dropped.
		case k == "xid":
			if s, ok := v.(string); ok {
				n.xid = s
			}
		case k == "dgraph.type":
			for _, t := range scalars(v) {
				if s, ok := t.(string); ok && !contains(n.types, s) {
					n.types = append(n.types, s)
				}
			}
		case k == "name":
			if s, ok := v.(string); ok {
				n.name = s
			}
		default:
			b.value(n, k, v)
		}
	}
	return key
}

// value records key: v of node n, as scalars or as edges.
func (b *builder) value(n *nodeBuilder, key string, v any) {
	switch t := v.(type) {
	case map[string]any:
		b.edge(n.key, key, t)
	case []any:
		for _, item := range t {
			if obj, ok := item.(map[string]any); ok {
				b.edge(n.key, key, obj)
			} else {
				b.scalar(n, key, item)
			}
		}
	default:
		b.scalar(n, key, v)
	}
}

func (b *builder) scalar(n *nodeBuilder, key string, v any) {
	val, ok := b.toValue(key, v)
	if !ok {
		return
	}
	for _, have := range n.props[key] {
		if have == val {
			return
		}
	}
	n.props[key] = append(n.props[key], val)
}

func (b *builder) edge(parent, key string, child map[string]any) {
	to := b.walk(child)
	pred := key
	if p, ok := b.rename[key]; ok {
		pred = p
	}
	typ, from := pred, parent
	if strings.HasPrefix(pred, "~") {
		typ, from, to = pred[1:], to, parent
	}
	ek := edgeKey{from, typ, to}
	facets := b.edges[ek]
	if facets == nil {
		facets = map[string]Value{}
		b.edges[ek] = facets
	}
	prefix := key + "|"
	for k, v := range child {
		if strings.HasPrefix(k, prefix) {
			name := k[len(prefix):]
			if val, ok := facetValue(v); ok {
				facets[name] = val
			}
		}
	}
}

func (b *builder) toValue(key string, v any) (Value, bool) {
	kind, hinted := b.hints[key]
	switch t := v.(type) {
	case string:
		if hinted && kind == DateTime {
			return Value{DateTime, t}, true
		}
		return Value{String, t}, true
	case json.Number:
		s := t.String()
		if hinted && kind == Float || strings.ContainsAny(s, ".eE") {
			return Value{Float, s}, true
		}
		return Value{Int, s}, true
	case bool:
		return Value{Bool, fmt.Sprint(t)}, true
	}
	return Value{}, false
}

// facetValue types a facet. Dgraph stores string facets that parse as a
// time as datetime and returns them in RFC 3339, so that form is a datetime.
func facetValue(v any) (Value, bool) {
	switch t := v.(type) {
	case string:
		if _, err := time.Parse(time.RFC3339Nano, t); err == nil {
			return Value{DateTime, t}, true
		}
		return Value{String, t}, true
	case json.Number:
		s := t.String()
		if strings.ContainsAny(s, ".eE") {
			return Value{Float, s}, true
		}
		return Value{Int, s}, true
	case bool:
		return Value{Bool, fmt.Sprint(t)}, true
	}
	return Value{}, false
}

// graph assigns the final IDs (xid where it is unique, else uid) and
// returns the sorted graph.
func (b *builder) graph() *Graph {
	xidCount := map[string]int{}
	for _, n := range b.nodes {
		if n.xid != "" {
			xidCount[n.xid]++
		}
	}
	id := map[string]string{}
	g := &Graph{}
	for _, key := range b.order {
		n := b.nodes[key]
		nid := n.uid
		if n.xid != "" && xidCount[n.xid] == 1 {
			nid = n.xid
		}
		if nid == "" {
			nid = "_" + key // anonymous object: unique within this graph
		}
		id[key] = nid
		node := Node{ID: nid, UID: n.uid, XID: n.xid, Types: n.types, Name: n.name}
		sort.Strings(node.Types)
		for _, k := range sortedKeys(n.props) {
			node.Props = append(node.Props, Prop{Key: k, Values: n.props[k]})
		}
		g.Nodes = append(g.Nodes, node)
	}
	for ek, facets := range b.edges {
		e := Edge{From: id[ek.from], To: id[ek.to], Type: ek.typ}
		for _, k := range sortedKeys(facets) {
			e.Facets = append(e.Facets, Prop{Key: k, Values: []Value{facets[k]}})
		}
		g.Edges = append(g.Edges, e)
	}
	g.Sort()
	return g
}

func scalars(v any) []any {
	if list, ok := v.([]any); ok {
		return list
	}
	return []any{v}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
