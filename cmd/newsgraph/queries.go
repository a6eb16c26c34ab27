package main

// The ready-made queries: query actor|relations|path|timeline|sources.
// They hang under queryCmd (query.go).

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/query"
	"github.com/spf13/cobra"
)

// runQuery opens the store, runs fn and prints its result in the format
// of the --output flag.
func runQuery(cmd *cobra.Command, fn func(c *query.Client) (query.Tabler, error)) error {
	format, _ := cmd.Flags().GetString("output")
	if format != "table" && format != "json" {
		return newsgraph.Errorf(newsgraph.EINVALID, "--output %q: use table or json", format)
	}
	store, err := openStore(cmd.Context())
	if err != nil {
		return err
	}
	defer store.Close()
	res, err := fn(query.New(store))
	if err != nil {
		return err
	}
	return query.Write(cmd.OutOrStdout(), format, res)
}

var queryActorCmd = &cobra.Command{
	Use:   "actor NAME",
	Short: "Profile of an actor: type, aliases, roles, merges, relations in and out with dates and sources",
	Long: `actor shows what the graph knows about one entity, and why it is one entity:
the merges that joined its names (the spelling or key merged in, the rule,
its score, the articles), whether the resolver made them within an article,
the store across articles, or a user (entities merge).

NAME is matched against names and aliases, ignoring case and accents; an xid
selects an entity exactly. A name that is no name or alias resolves when one
entity fits it best by its words or as a spelling variant (tokayev and
Tojakow find Tokajew); prefixes and near spellings are only suggested. When a
name fits several entities equally they are listed.`,
	Args: cobra.ExactArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		return runQuery(cmd, func(c *query.Client) (query.Tabler, error) {
			return c.Actor(cmd.Context(), args[0])
		})
	},
}

var queryRelationsCmd = &cobra.Command{
	Use:   "relations [--type T] [--from A] [--to B]",
	Short: "Facts of one relation type, optionally from one actor and/or to another",
	Args:  cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		typ, _ := cmd.Flags().GetString("type")
		from, _ := cmd.Flags().GetString("from")
		to, _ := cmd.Flags().GetString("to")
		return runQuery(cmd, func(c *query.Client) (query.Tabler, error) {
			return c.Relations(cmd.Context(), typ, from, to)
		})
	},
}

var queryPathCmd = &cobra.Command{
	Use:   "path A B",
	Short: "Shortest chain of relations between two actors, with the evidence of each step",
	Args:  cobra.ExactArgs(2),
	RunE: func(cmd *cobra.Command, args []string) error {
		depth, _ := cmd.Flags().GetInt("depth")
		if depth < 1 {
			return newsgraph.Errorf(newsgraph.EINVALID, "--depth must be at least 1")
		}
		return runQuery(cmd, func(c *query.Client) (query.Tabler, error) {
			c.MaxDepth = depth
			return c.Path(cmd.Context(), args[0], args[1])
		})
	},
}

var queryTimelineCmd = &cobra.Command{
	Use:   "timeline [--actor A] [--from DATE] [--to DATE]",
	Short: "Facts in date order, optionally of one actor and within a date range",
	Long: `timeline lists facts by the date their sources claim (facts without a date
at the date they were first reported, marked so; --dated leaves them out).
Dates are YYYY, YYYY-MM or YYYY-MM-DD; a month overlaps the days in it.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		actor, _ := cmd.Flags().GetString("actor")
		from, _ := cmd.Flags().GetString("from")
		to, _ := cmd.Flags().GetString("to")
		dated, _ := cmd.Flags().GetBool("dated")
		return runQuery(cmd, func(c *query.Client) (query.Tabler, error) {
			return c.Timeline(cmd.Context(), query.TimelineQuery{Actor: actor, From: from, To: to, DatedOnly: dated})
		})
	},
}

var querySourcesCmd = &cobra.Command{
	Use:   "sources ENTITY | FACT-XID | AGENT RELATION PATIENT",
	Short: "The sentences behind an entity or a fact",
	Long: `sources prints the sentences, with their articles, that support an entity
(every sentence naming it or a fact it takes part in) or a fact, named by
its xid ("fact:…") or as three arguments: agent, relation type, patient,
e.g. newsgraph query sources Tokajew dismissed Massimow`,
	Args: func(cmd *cobra.Command, args []string) error {
		if len(args) != 1 && len(args) != 3 {
			return newsgraph.Errorf(newsgraph.EINVALID, "sources takes one argument (entity or fact xid) or three (agent relation patient)")
		}
		return nil
	},
	RunE: func(cmd *cobra.Command, args []string) error {
		return runQuery(cmd, func(c *query.Client) (query.Tabler, error) {
			if len(args) == 3 {
				return c.FactSources(cmd.Context(), args[1], args[0], args[2])
			}
			return c.Sources(cmd.Context(), args[0])
		})
	},
}

func init() {
	for _, c := range []*cobra.Command{queryActorCmd, queryRelationsCmd, queryPathCmd, queryTimelineCmd, querySourcesCmd} {
		c.Flags().StringP("output", "o", "table", "output format: table or json")
		queryCmd.AddCommand(c)
	}
	queryRelationsCmd.Flags().String("type", "", "relation type (dismissed, arrested, sent_troops, …)")
	queryRelationsCmd.Flags().String("from", "", "agent: name, alias or xid")
	queryRelationsCmd.Flags().String("to", "", "patient: name, alias or xid")
	queryPathCmd.Flags().Int("depth", 6, "longest path to look for, in relations")
	queryTimelineCmd.Flags().String("actor", "", "only facts of this actor")
	queryTimelineCmd.Flags().String("from", "", "earliest date (YYYY[-MM[-DD]])")
	queryTimelineCmd.Flags().String("to", "", "latest date (YYYY[-MM[-DD]])")
	queryTimelineCmd.Flags().Bool("dated", false, "only facts whose sources give a date (not the report date)")
}
