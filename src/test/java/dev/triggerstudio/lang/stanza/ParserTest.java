package dev.triggerstudio.lang.stanza;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParserTest {

    @Test
    void setParsesIntoATreeOfRecords() {
        Script script = Parser.parse("set record.total = record.amount * 2 + 1");

        assertThat(script.errors()).isEmpty();
        Stmt.Set set = (Stmt.Set) script.statements().getFirst();
        assertThat(set.field().lexeme()).isEqualTo("total");
        Expr.Binary plus = (Expr.Binary) set.value();
        assertThat(plus.token().type()).isEqualTo(TokenType.PLUS);
        assertThat(plus.left()).isInstanceOf(Expr.Binary.class);
        assertThat(plus.right()).isEqualTo(new Expr.Literal(plus.right().token(), 1L));
    }

    @Test
    void aggregationParsesAsQueryThenFieldsThenAggregate() {
        Script script = Parser.parse("log records.invoiceLine.withAll(invoiceId eq record.id, amount gt 0).fields.amount.sum()");

        Expr.Aggregate sum = (Expr.Aggregate) ((Stmt.Log) script.statements().getFirst()).value();
        Expr.Fields fields = (Expr.Fields) sum.target();
        Expr.Query query = (Expr.Query) fields.target();
        assertThat(query.token().lexeme()).isEqualTo("invoiceLine");
        assertThat(query.all()).isTrue();
        assertThat(query.conditions()).hasSize(2).allMatch(c -> c instanceof Expr.Compare);
        assertThat(fields.token().lexeme()).isEqualTo("amount");
    }

    @Test
    void reportsEveryErrorOfAScriptAtOnceAndKeepsTheGoodLines() {
        Script script = Parser.parse("""
                log "ok"
                set record.total = (1 + 2
                log records.invoiceLine.withAll(invoiceId eq 1
                log "also ok"
                """);

        assertThat(script.errors()).extracting(StanzaError::toString).containsExactly(
                "2:26: error: Expect ')' after expression.",
                "3:47: error: Expect ')' after condition.");
        assertThat(script.statements()).hasSize(2);
    }

    @Test
    void keywordsMayNameFieldsAfterADot() {
        Script script = Parser.parse("set record.log = record.user + record.in");

        assertThat(script.errors()).isEmpty();
    }
}
