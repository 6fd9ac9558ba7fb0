/**
 * Segments: groups of customers defined by nested rules (or listed by hand), their membership with entry and
 * exit times, and the rules' compilation to SQL. Rules read the customer and commerce tables (read only) in the
 * SQL they compile to; every value in it is a bound parameter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Segment")
package app.cairn.segment;
