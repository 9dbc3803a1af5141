# Used by `sam build` only (template.yaml: Metadata BuildMethod: makefile). SAM copies the project to a scratch
# directory, runs `make build-<FunctionLogicalId>` there with ARTIFACTS_DIR set, and zips what lands in it.
# Every function ships the same package: the one `mvn package` assembles (src/assembly/lambda.xml), without the
# one-machine mode, the CLI or any test dependency. Tests are neither compiled nor run here, and the emulators'
# npm install is skipped: run `mvn verify` before deploying.

.PHONY: build-IngestFunction build-ApiFunction build-RankingsFunction

build-IngestFunction build-ApiFunction build-RankingsFunction:
	mvn -q -B package -Dmaven.test.skip=true -Dnpm.skip=true
	cd "$(ARTIFACTS_DIR)" && jar xf "$(CURDIR)/target/newsdesk-lambda.zip"
