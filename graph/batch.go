package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dgraph-io/dgo/v230"
)

// maxBlocks bounds the blocks of one query, so that a huge article (a book,
// thousands of entities) reads in several queries instead of one that the
// alpha chokes on.
var maxBlocks = 400

// batchQuery collects named query blocks, each with its own string
// variables, and runs them in as few queries as maxBlocks allows.
type batchQuery struct {
	blocks []string
	vars   [][]string     // per block: the values of its variables, in order
	chunks map[string]int // blocks made by addList, by name
}

// add appends a block. format holds one %s per value: there the block's
// variable for that value goes ($v…), so values never enter the text.
func (b *batchQuery) add(format string, values ...string) {
	b.blocks = append(b.blocks, format)
	b.vars = append(b.vars, values)
}

// maxListValues bounds the values of one eq(pred, [...]) block.
var maxListValues = 500

// addList appends blocks named name0, name1, … that look up values in
// lists of at most maxListValues: format is the block after its name, with
// one %s where the list of variables goes ("(func: eq(xid, %s)) { uid }").
func (b *batchQuery) addList(name, format string, values []string) {
	for i := 0; i*maxListValues < len(values); i++ {
		chunk := values[i*maxListValues : min((i+1)*maxListValues, len(values))]
		marks := make([]string, len(chunk))
		for j := range marks {
			marks[j] = "%[" + fmt.Sprint(j+1) + "]s"
		}
		block := fmt.Sprintf("%s%d", name, i) + strings.Replace(format, "%s", "["+strings.Join(marks, ", ")+"]", 1)
		b.add(block, chunk...)
		if b.chunks == nil {
			b.chunks = map[string]int{}
		}
		b.chunks[name]++
	}
}

// results are the nodes of every block by block name.
type results struct {
	nodes  map[string][]known
	chunks map[string]int
}

// get returns the nodes of the block with that name.
func (r results) get(name string) []known { return r.nodes[name] }

// list returns the nodes of the blocks addList made for name.
func (r results) list(name string) []known {
	var out []known
	for i := 0; i < r.chunks[name]; i++ {
		out = append(out, r.nodes[fmt.Sprintf("%s%d", name, i)]...)
	}
	return out
}

// run executes the blocks in txn and returns every block's nodes by block
// name.
func (b *batchQuery) run(ctx context.Context, txn *dgo.Txn) (results, error) {
	out := results{nodes: map[string][]known{}, chunks: b.chunks}
	for start := 0; start < len(b.blocks); start += maxBlocks {
		end := min(start+maxBlocks, len(b.blocks))
		var decl, body strings.Builder
		vars := map[string]string{}
		for i := start; i < end; i++ {
			names := make([]any, len(b.vars[i]))
			for j, v := range b.vars[i] {
				name := fmt.Sprintf("$v%d", len(vars))
				vars[name] = v
				if decl.Len() > 0 {
					decl.WriteString(", ")
				}
				decl.WriteString(name + ": string")
				names[j] = name
			}
			fmt.Fprintf(&body, b.blocks[i], names...)
			body.WriteByte('\n')
		}
		q := "{\n" + body.String() + "}"
		if decl.Len() > 0 {
			q = "query q(" + decl.String() + ") " + q
		}
		resp, err := txn.QueryWithVars(ctx, q, vars)
		if err != nil {
			return out, err
		}
		var raw map[string][]known
		if err := json.Unmarshal(resp.Json, &raw); err != nil {
			return out, err
		}
		for k, v := range raw {
			out.nodes[k] = v
		}
	}
	return out, nil
}
