/**
 * Everyday English first names, written for synthscope, that counterfactual rewrites swap names
 * to: a first name in a row is replaced by one of these of the other gender, so that a rewrite
 * reads naturally and a well-known name is not traded for a rare one the embedder barely knows
 * (the @stdlib lists hold thousands of archaic names: "Mary" → "Rorke" would measure the loss of
 * a familiar word as much as the change of gender). Each is in its own @stdlib list and not in the
 * other's (lexicons.test.ts checks); one the lexicon leaves out (a stopword, an ignored term) is
 * no partner.
 */
export const COMMON_FIRST_NAMES: { readonly female: readonly string[]; readonly male: readonly string[] } = {
  female: [
    'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen',
    'Lisa', 'Nancy', 'Betty', 'Margaret', 'Sandra', 'Kimberly', 'Emily', 'Donna', 'Michelle', 'Carol',
    'Amanda', 'Dorothy', 'Melissa', 'Deborah', 'Stephanie', 'Rebecca', 'Sharon', 'Laura', 'Cynthia', 'Kathleen',
    'Amy', 'Angela', 'Shirley', 'Anna', 'Brenda', 'Pamela', 'Emma', 'Nicole', 'Helen', 'Samantha',
    'Katherine', 'Christine', 'Debra', 'Rachel', 'Carolyn', 'Janet', 'Catherine', 'Maria', 'Heather', 'Diane',
    'Ruth', 'Julia', 'Olivia', 'Joyce', 'Victoria', 'Christina', 'Joan', 'Judith', 'Megan', 'Cheryl',
    'Hannah', 'Jacqueline', 'Martha', 'Gloria', 'Teresa', 'Ann', 'Sara', 'Kate', 'Kathryn', 'Janice',
    'Abigail', 'Alice', 'Judy', 'Sophia', 'Denise', 'Amber', 'Doris', 'Marilyn', 'Danielle', 'Beverly',
    'Isabella', 'Theresa', 'Diana', 'Natalie', 'Brittany', 'Charlotte', 'Marie', 'Kayla', 'Lori', 'Jane',
    'Sophie', 'Lucy', 'Chloe', 'Ella', 'Zoe', 'Fiona', 'Ellen', 'Wendy', 'Monica', 'Tina',
  ],
  male: [
    'James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles',
    'Christopher', 'Daniel', 'Matthew', 'Anthony', 'Leonard', 'Steven', 'Paul', 'Andrew', 'Joshua', 'Kenneth',
    'Kevin', 'Brian', 'Timothy', 'Ronald', 'Edward', 'Jason', 'Jeffrey', 'Ryan', 'Jacob', 'Gary',
    'Nicholas', 'Eric', 'Jonathan', 'Stephen', 'Larry', 'Justin', 'Scott', 'Brandon', 'Benjamin', 'Samuel',
    'Gregory', 'Alexander', 'Patrick', 'Raymond', 'Dennis', 'Tyler', 'Aaron', 'Jose', 'Adam', 'Nathan',
    'Henry', 'Douglas', 'Zachary', 'Peter', 'Ian', 'Ethan', 'Gordon', 'Noah', 'Jeremy', 'Keith',
    'Roger', 'Gerald', 'Harold', 'Carl', 'Arthur', 'Lawrence', 'Dylan', 'Bryan', 'Joe', 'Bruce',
    'Logan', 'Albert', 'Alan', 'Juan', 'Wayne', 'Elijah', 'Roy', 'Vincent', 'Ralph', 'Eugene',
    'Russell', 'Mason', 'Philip', 'Louis', 'Harry', 'Howard', 'Martin', 'Craig', 'Todd', 'Luke',
    'Oliver', 'Victor', 'Lucas', 'Simon', 'Steve', 'Tom', 'Mike', 'Jim', 'Bob', 'Dave',
  ],
};
