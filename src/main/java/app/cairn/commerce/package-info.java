/** Commerce data: the product catalogue, orders with their lines, and customers' behavioural events. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Commerce",
        allowedDependencies = {"customer", "shared"})
package app.cairn.commerce;
