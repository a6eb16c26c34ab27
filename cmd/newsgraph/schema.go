package main

import (
	"fmt"

	"github.com/newsgraph/newsgraph/schema"
	"github.com/spf13/cobra"
)

var schemaCmd = &cobra.Command{
	Use:   "schema",
	Short: "Print or apply newsgraph's DQL schema",
}

var schemaApplyCmd = &cobra.Command{
	Use:   "apply",
	Short: "Apply the schema to the configured alpha (idempotent)",
	Args:  cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		store, err := openStore(cmd.Context())
		if err != nil {
			return err
		}
		defer store.Close()
		if err := store.ApplySchema(cmd.Context()); err != nil {
			return err
		}
		fmt.Fprintf(cmd.OutOrStdout(), "schema applied to %s\n", store.Addr())
		return nil
	},
}

var schemaPrintCmd = &cobra.Command{
	Use:   "print",
	Short: "Print the schema (no Dgraph needed)",
	Args:  cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		_, err := fmt.Fprint(cmd.OutOrStdout(), schema.DQL())
		return err
	},
}

func init() {
	schemaCmd.AddCommand(schemaApplyCmd, schemaPrintCmd)
	rootCmd.AddCommand(schemaCmd)
}
