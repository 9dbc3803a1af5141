package dev.newsdesk.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The one DynamoDB table (single-table design, docs/data-model.md): a string partition key {@code pk} and a
 * string sort key {@code sk}. template.yaml declares the same table; a test keeps the two in step.
 */
public final class Table {

    public static final String PK = "pk";
    public static final String SK = "sk";
    /** The attribute DynamoDB's TTL deletes items by (epoch seconds), where it is turned on: nothing depends on it. */
    public static final String EXPIRES_AT = "expiresAt";

    private Table() {
    }

    /** The CreateTable request the one-machine mode and the tests use (on AWS, the template creates it). */
    public static CreateTableRequest createRequest(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName(PK).attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName(SK).attributeType(ScalarAttributeType.S).build())
                .keySchema(
                        KeySchemaElement.builder().attributeName(PK).keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName(SK).keyType(KeyType.RANGE).build())
                .build();
    }

    /** Creates the table if it does not exist yet and waits until it is active. */
    public static void ensureExists(DynamoDbClient dynamo, String tableName) {
        try {
            dynamo.createTable(createRequest(tableName));
        } catch (ResourceInUseException alreadyThere) {
            // created by an earlier run: nothing to do
        }
        dynamo.waiter().waitUntilTableExists(b -> b.tableName(tableName));
    }
}
