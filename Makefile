# Used by `sam build` only (template.yaml: Metadata BuildMethod: makefile). SAM copies the project to a scratch
# directory, runs `make build-<FunctionLogicalId>` there with ARTIFACTS_DIR set, and zips what lands in it.
# Both functions ship the same package: the one `mvn package` assembles (src/assembly/lambda.xml), without the
# one-machine mode, the CLI or any test dependency. Tests are not run here: run `mvn verify` before deploying.

.PHONY: build-IngestFunction build-ApiFunction

build-IngestFunction build-ApiFunction:
	mvn -q -B package -DskipTests
	cd "$(ARTIFACTS_DIR)" && jar xf "$(CURDIR)/target/newsdesk-lambda.zip"
