/** Commerce data: the product catalogue, orders with their lines, and customers' behavioural events. */
@org.springframework.modulith.ApplicationModule(displayName = "Commerce")
package app.cairn.commerce;
