import { ObjectType } from 'type-graphql';
import { Connection } from '../common/paging';
import { Customer } from './customer.entity';

@ObjectType({ description: 'A page of customers, newest first (Relay connection)' })
export class CustomerConnection extends Connection(Customer) {}
