package export_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/export"
	_ "github.com/newsgraph/newsgraph/export/all"
	"github.com/newsgraph/newsgraph/export/jsonexport"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func v(k export.Kind, s string) export.Value { return export.Value{Kind: k, Text: s} }

// small is a hand-made graph with every kind of value and the characters
// that break naive writers: quotes, backslashes, line breaks, markup,
// umlauts, a control character, invalid UTF-8, and ids with ':' and spaces.
func small() *export.Graph {
	g := &export.Graph{
		Nodes: []export.Node{
			{ID: "person:kassym-schomart tokajew", UID: "0x1", XID: "person:kassym-schomart tokajew", Types: []string{"Person"},
				Name:  "Kassym-Schomart Tokajew",
				Props: []export.Prop{{Key: "alias", Values: []export.Value{v(export.String, "Tojakow"), v(export.String, "Tokajew")}}}},
			{ID: "person:karim massimow", UID: "0x2", XID: "person:karim massimow", Types: []string{"Person"}, Name: `Karim "der Stratege" Massimow`},
			{ID: "organization:ovks", UID: "0x3", XID: "organization:ovks", Types: []string{"Organization"},
				Name: "OVKS <Bündnis> & Co\\", Props: []export.Prop{{Key: "alias", Values: []export.Value{v(export.String, "ODKB")}}}},
			{ID: "mention:1", UID: "0x4", XID: "mention:1", Types: []string{"Mention"}, Name: "dismissed · s0",
				Props: []export.Prop{
					{Key: "confidence", Values: []export.Value{v(export.Float, "0.75")}},
					{Key: "count", Values: []export.Value{v(export.Int, "3000")}},
					{Key: "former", Values: []export.Value{v(export.Bool, "true")}},
					{Key: "sentence", Values: []export.Value{v(export.String, "Zeile eins\nZeile \"zwei\"\tmit Tab\x01 und \xff kaputt")}},
				}},
			{ID: "0x5", UID: "0x5"}, // a node known only by uid
		},
		Edges: []export.Edge{
			{From: "person:kassym-schomart tokajew", To: "person:karim massimow", Type: "dismissed", Facets: []export.Prop{
				{Key: "article", Values: []export.Value{v(export.String, "article:abc")}},
				{Key: "confidence", Values: []export.Value{v(export.Float, "0.9")}},
				{Key: "count", Values: []export.Value{v(export.Int, "2")}},
				{Key: "date", Values: []export.Value{v(export.DateTime, "2022-01-08T00:00:00Z")}},
				{Key: "sentence", Values: []export.Value{v(export.String, `Er sagte: "Genug" (so) \ ja`)}},
			}},
			{From: "person:kassym-schomart tokajew", To: "organization:ovks", Type: "requested_help"},
			{From: "mention:1", To: "person:karim massimow", Type: "mention_of"},
			{From: "0x5", To: "organization:ovks", Type: "member_of"},
		},
	}
	g.Sort()
	return g
}

func write(t *testing.T, name string, g *export.Graph) []byte {
	t.Helper()
	f, err := export.Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.New().Write(&b, g); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return b.Bytes()
}

// The shared suite: every registered format.
func TestWriters(t *testing.T) {
	names := export.Formats()
	if strings.Join(names, ",") != "dot,graphml,json,rdf" {
		t.Fatalf("registered formats %v", names)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			f, _ := export.Lookup(name)
			if f.Extension == "" || f.MediaType == "" {
				t.Errorf("format %s lacks extension or media type", name)
			}
			out := write(t, name, small())
			// deterministic
			if again := write(t, name, small()); !bytes.Equal(out, again) {
				t.Error("two writes of one graph differ")
			}
			// valid UTF-8 whatever the input
			if !strings.Contains(string(out), "Tokajew") || !utf8Valid(out) {
				t.Errorf("output lacks a name or is not UTF-8")
			}
			// golden file
			golden := filepath.Join("testdata", "small"+f.Extension)
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update once)", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("output differs from %s:\n%s", golden, out)
			}
			// an empty graph is a valid, empty file
			if empty := write(t, name, &export.Graph{}); len(empty) == 0 && name != "rdf" {
				t.Error("empty graph gives no output")
			}
		})
	}
}

func TestWritersRejectBrokenGraphs(t *testing.T) {
	broken := map[string]*export.Graph{
		"dangling edge":     {Nodes: []export.Node{{ID: "a"}}, Edges: []export.Edge{{From: "a", To: "b", Type: "x"}}},
		"duplicate node":    {Nodes: []export.Node{{ID: "a"}, {ID: "a"}}},
		"node without id":   {Nodes: []export.Node{{Name: "x"}}},
		"edge without type": {Nodes: []export.Node{{ID: "a"}}, Edges: []export.Edge{{From: "a", To: "a"}}},
	}
	for _, name := range export.Formats() {
		for what, g := range broken {
			t.Run(name+"/"+what, func(t *testing.T) {
				f, _ := export.Lookup(name)
				err := f.New().Write(io.Discard, g)
				if newsgraph.ErrorCode(err) != newsgraph.EINVALID {
					t.Errorf("got %v, want an EINVALID error", err)
				}
			})
		}
	}
	if _, err := export.Lookup("yaml"); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Errorf("unknown format: %v", err)
	}
}

// nquad is one N-Quad as Dgraph reads it: subject, predicate, object
// (blank node or literal, optionally typed), optional facets.
var nquad = regexp.MustCompile(`^(_:[A-Za-z0-9_][A-Za-z0-9_\-]*) <([A-Za-z_.][A-Za-z0-9_.\-]*)> (_:[A-Za-z0-9_][A-Za-z0-9_\-]*|"(?:[^"\\\n\r]|\\.)*"(?:\^\^<xs:[a-zA-Z]+>)?)( \((?:[^()"]|"(?:[^"\\]|\\.)*")*\))? \.$`)

func TestRDFSyntax(t *testing.T) {
	out := string(write(t, "rdf", small()))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	literals := map[string]bool{}
	for _, l := range lines {
		m := nquad.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("not an N-Quad: %s", l)
			continue
		}
		if strings.HasPrefix(m[3], `"`) {
			lit := m[3]
			if i := strings.LastIndex(lit, `"^^`); i > 0 {
				lit = lit[:i+1]
			}
			s, err := strconv.Unquote(lit) // Dgraph unquotes literals the same way
			if err != nil {
				t.Errorf("literal %s: %v", lit, err)
			}
			literals[s] = true
		}
	}
	for _, want := range []string{"person:kassym-schomart tokajew", `Karim "der Stratege" Massimow`, "OVKS <Bündnis> & Co\\", "Zeile eins\nZeile \"zwei\"\tmit Tab\x01 und \uFFFD kaputt"} {
		if !literals[want] {
			t.Errorf("literal %q not written faithfully", want)
		}
	}
	for _, want := range []string{`"3000"^^<xs:int>`, `"0.75"^^<xs:float>`, `"true"^^<xs:boolean>`, `(article="article:abc", confidence=0.9, count=2, date=2022-01-08T00:00:00Z, sentence="Er sagte: \"Genug\" (so) \\ ja")`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s", want)
		}
	}
	if strings.Contains(out, "<~") || strings.Contains(out, "<uid>") {
		t.Error("reverse edges or uids must not be written")
	}
}

func TestRDFLabels(t *testing.T) {
	seen := map[string]string{}
	for _, id := range []string{"person:a b", "person_3aa b", "person:a_b", "ä", "0x1", "-x", ""} {
		l := rdfLabel(t, id)
		if prev, dup := seen[l]; dup {
			t.Errorf("ids %q and %q share label %s", prev, id, l)
		}
		seen[l] = id
		if !regexp.MustCompile(`^_:n[A-Za-z0-9_\-]*$`).MatchString(l) {
			t.Errorf("label %s of %q is not a valid blank node", l, id)
		}
	}
}

func rdfLabel(t *testing.T, id string) string {
	t.Helper()
	g := &export.Graph{Nodes: []export.Node{{ID: id + "x", Name: "n"}}}
	out := string(write(t, "rdf", g))
	return strings.Fields(out)[0]
}

func TestJSONRoundTrip(t *testing.T) {
	g := small()
	var doc jsonexport.Document
	if err := json.Unmarshal(write(t, "json", g), &doc); err != nil {
		t.Fatal(err)
	}
	if !doc.Directed || len(doc.Nodes) != len(g.Nodes) || len(doc.Links) != len(g.Edges) {
		t.Fatalf("nodes %d links %d", len(doc.Nodes), len(doc.Links))
	}
	for i, n := range doc.Nodes {
		if n.ID != g.Nodes[i].ID || n.Name != g.Nodes[i].Name {
			t.Errorf("node %d: %+v", i, n)
		}
	}
	var mention jsonexport.Node
	for _, n := range doc.Nodes {
		if n.ID == "mention:1" {
			mention = n
		}
	}
	if c, ok := mention.Props["count"][0].(float64); !ok || c != 3000 {
		t.Errorf("count %v: want the number 3000", mention.Props["count"])
	}
	if b, ok := mention.Props["former"][0].(bool); !ok || !b {
		t.Errorf("former %v: want true", mention.Props["former"])
	}
	for _, l := range doc.Links {
		if l.Type == "dismissed" && l.Facets["date"] != "2022-01-08T00:00:00Z" {
			t.Errorf("facets %v", l.Facets)
		}
	}
}

func TestGraphMLIsValidXML(t *testing.T) {
	out := write(t, "graphml", small())
	var doc struct {
		XMLName xml.Name `xml:"graphml"`
		Keys    []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
			Type string `xml:"attr.type,attr"`
		} `xml:"key"`
		Graph struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key  string `xml:"key,attr"`
					Text string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []struct {
					Key  string `xml:"key,attr"`
					Text string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("invalid XML: %v", err)
	}
	g := small()
	if len(doc.Graph.Nodes) != len(g.Nodes) || len(doc.Graph.Edges) != len(g.Edges) || doc.Graph.EdgeDefault != "directed" {
		t.Fatalf("nodes %d edges %d", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	keyType := map[string]string{}
	keyName := map[string]string{}
	for _, k := range doc.Keys {
		keyType[k.For+"/"+k.Name] = k.Type
		keyName[k.ID] = k.For + "/" + k.Name
	}
	for key, typ := range map[string]string{"node/label": "string", "edge/label": "string", "node/count": "long", "node/confidence": "double", "node/former": "boolean", "node/alias": "string", "edge/count": "long"} {
		if keyType[key] != typ {
			t.Errorf("key %s: type %q, want %q", key, keyType[key], typ)
		}
	}
	labels := map[string]string{}
	for _, n := range doc.Graph.Nodes {
		for _, d := range n.Data {
			if keyName[d.Key] == "node/label" {
				labels[n.ID] = d.Text
			}
			if keyName[d.Key] == "" {
				t.Errorf("data key %q not declared", d.Key)
			}
		}
	}
	if labels["organization:ovks"] != "OVKS <Bündnis> & Co\\" || labels["0x5"] != "0x5" {
		t.Errorf("labels %v", labels)
	}
	for _, e := range doc.Graph.Edges {
		if e.Data[0].Text == "" || keyName[e.Data[0].Key] != "edge/label" {
			t.Errorf("edge %s→%s without label", e.Source, e.Target)
		}
	}
}

// dotString matches one DOT double-quoted string.
var dotString = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`)

func TestDOTQuoting(t *testing.T) {
	out := string(write(t, "dot", small()))
	if !strings.HasPrefix(out, "digraph ") || !strings.HasSuffix(out, "}\n") {
		t.Fatalf("not a digraph:\n%s", out)
	}
	// Outside quoted strings only DOT syntax remains: no stray text.
	rest := dotString.ReplaceAllString(out, "Q")
	for _, l := range strings.Split(strings.TrimSpace(rest), "\n") {
		l = strings.TrimSpace(l)
		ok := regexp.MustCompile(`^(digraph Q \{|\}|(node|edge) \[.*\];|Q( -> Q)? \[[a-z]+=Q(, [a-z]+=Q)*\];)$`).MatchString(l)
		if !ok {
			t.Errorf("unexpected DOT line: %s", l)
		}
	}
	// Quoted strings unescape to the original text.
	var got []string
	for _, m := range dotString.FindAllStringSubmatch(out, -1) {
		s := strings.NewReplacer(`\"`, `"`, `\\`, `\`, `\n`, "\n").Replace(m[1])
		got = append(got, s)
	}
	all := strings.Join(got, "\x00")
	for _, want := range []string{"person:kassym-schomart tokajew", `Karim "der Stratege" Massimow`, "OVKS <Bündnis> & Co\\", "dismissed"} {
		if !strings.Contains(all, want) {
			t.Errorf("no quoted string %q", want)
		}
	}
	if strings.Contains(out, "\x01") {
		t.Error("control character written")
	}
}

func utf8Valid(b []byte) bool { return strings.ToValidUTF8(string(b), "") == string(b) }
